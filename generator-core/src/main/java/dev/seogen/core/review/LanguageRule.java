package dev.seogen.core.review;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Section;
import dev.seogen.core.draft.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lint rule {@code language}, on one draft: an error when its body, or one of its sections, is detectably in
 * another language than the draft declares, as the detector tells it clearly. Texts too short to judge, and
 * languages the detector does not know, are not checked.
 */
final class LanguageRule {
    static final String RULE = "language";
    static final int BODY_WORDS = 20;
    static final int SECTION_WORDS = 40;
    /** The most of a text the detector is given: a detector's cost grows with the text, its verdict does not. */
    static final int BODY_SAMPLE = 600;

    static final int SECTION_SAMPLE = 300;

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
            other(detector, sample(body, BODY_SAMPLE), declared)
                    .ifPresent(found -> findings.add(finding(draft, "body", "the text", found)));
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
                other(detector, sample(text.toString(), SECTION_SAMPLE), declared)
                        .ifPresent(
                                found -> findings.add(finding(draft, where, "\"" + section.heading() + "\"", found)));
            }
        }
        return findings;
    }

    /** The language the text is detectably in, when it is not the declared one. */
    private static Optional<String> other(LanguageDetector detector, String text, String declared) {
        return detector.detect(text).filter(found -> !found.equals(declared));
    }

    private static Finding finding(Draft draft, String where, String what, String found) {
        LanguageTag declared = draft.article().language();
        String message = what + " reads as " + name(found) + " (" + found + "), not " + name(declared.language())
                + " as the draft's language: " + declared + " says; write it in " + name(declared.language())
                + ", or correct language:";
        return new Finding(RULE, Severity.ERROR, draft.id(), draft.article().draftPath(), where, message);
    }

    /** The start of {@code text}, at most {@code most} characters, cut at a space. */
    private static String sample(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int space = text.lastIndexOf(' ', most);
        return text.substring(0, space > 0 ? space : most);
    }

    private static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
