package dev.seogen.core.review;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Section;
import dev.seogen.core.draft.Draft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lint rule {@code language}, on one draft: an error when its body, or one of its sections, is detectably in
 * another language than the draft declares: the detector is sure of another language ({@value #SURE} or more)
 * and gives the declared one little chance (under {@value #UNLIKELY}). Texts too short to judge, and languages
 * the detector does not know, are not checked.
 */
final class LanguageRule {
    static final String RULE = "language";
    static final double SURE = 0.5;
    static final double UNLIKELY = 0.2;
    static final int BODY_WORDS = 20;
    static final int SECTION_WORDS = 40;

    private LanguageRule() {}

    static List<Finding> findings(Draft draft, LanguageDetector detector) {
        Article article = draft.article();
        String declared = article.language().language();
        if (!detector.languages().contains(declared)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String body = PlainText.of(article);
        if (PlainText.words(body).size() >= BODY_WORDS) {
            other(detector, body, declared).ifPresent(found -> findings.add(finding(draft, "body", "the text", found)));
        }
        if (!findings.isEmpty()) {
            return findings; // the whole body is in another language: its sections need not be named too
        }
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            StringBuilder text = new StringBuilder(PlainText.strip(section.body()));
            section.subsections().forEach(sub -> text.append('\n').append(PlainText.strip(sub.body())));
            if (PlainText.words(text.toString()).size() >= SECTION_WORDS) {
                String where = "section " + (i + 1);
                other(detector, text.toString(), declared)
                        .ifPresent(
                                found -> findings.add(finding(draft, where, "\"" + section.heading() + "\"", found)));
            }
        }
        return findings;
    }

    /** The language the text is detectably in, when it is not the declared one. */
    private static Optional<Map.Entry<String, Double>> other(LanguageDetector detector, String text, String declared) {
        Map<String, Double> likelihoods = detector.likelihoods(text);
        Optional<Map.Entry<String, Double>> best =
                likelihoods.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue));
        double declaredChance = likelihoods.getOrDefault(declared, 0.0);
        return best.filter(e -> !e.getKey().equals(declared) && e.getValue() >= SURE && declaredChance < UNLIKELY);
    }

    private static Finding finding(Draft draft, String where, String what, Map.Entry<String, Double> found) {
        LanguageTag declared = draft.article().language();
        String percent = Math.round(found.getValue() * 100) + " %";
        String message = what + " reads as " + name(found.getKey()) + " (" + found.getKey() + ", " + percent
                + " likely), not " + name(declared.language()) + " as the draft's language: " + declared
                + " says; write it in " + name(declared.language()) + ", or correct language:";
        return new Finding(RULE, Severity.ERROR, draft.id(), draft.article().draftPath(), where, message);
    }

    private static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
