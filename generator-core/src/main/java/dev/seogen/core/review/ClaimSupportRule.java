package dev.seogen.core.review;

import dev.seogen.core.article.Section;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.library.ClaimSupport;
import dev.seogen.core.library.Passage;
import dev.seogen.core.library.PassageExcerpt;
import dev.seogen.core.library.ReferenceLibrary;
import dev.seogen.core.library.SourceEvidence;
import dev.seogen.core.model.SectionText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lint rule {@code claim-support}: a warning on a sentence of a grounded draft whose cited passages do not
 * support it well enough ({@link ClaimSupport#threshold()}). The passages are those the draft records under each
 * cited source, read in full from the library's index when it still holds them, else as the draft quotes them.
 */
public final class ClaimSupportRule {
    static final String RULE = "claim-support";
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n|\\n\\s*(?=[-*+] |\\d+[.)] )");
    private static final int QUOTED = 90;

    private final ClaimSupport support;
    private final ReferenceLibrary library;

    public ClaimSupportRule(ClaimSupport support, ReferenceLibrary library) {
        this.support = support;
        this.library = library;
    }

    List<Finding> findings(Draft draft) {
        if (draft.evidence().isEmpty()) {
            return List.of();
        }
        Map<Integer, List<String>> passages = new HashMap<>();
        draft.evidence().forEach((id, evidence) -> passages.put(id, texts(evidence)));
        List<Finding> findings = new ArrayList<>();
        List<Section> sections = draft.article().sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            check(draft, "section " + (i + 1), section.body(), passages, findings);
            for (int j = 0; j < section.subsections().size(); j++) {
                check(
                        draft,
                        "section " + (i + 1) + "." + (j + 1),
                        section.subsections().get(j).body(),
                        passages,
                        findings);
            }
        }
        return findings;
    }

    private void check(
            Draft draft, String where, String markdown, Map<Integer, List<String>> passages, List<Finding> findings) {
        for (String sentence : SENTENCE_END.split(Code.without(markdown))) {
            List<Integer> cited = SectionText.citations(sentence);
            List<String> evidence = new ArrayList<>();
            List<String> named = new ArrayList<>();
            for (int id : cited) {
                List<String> texts = passages.get(id);
                if (texts != null && !texts.isEmpty()) {
                    evidence.addAll(texts);
                    named.add("[" + id + "] " + draft.evidence().get(id).document());
                }
            }
            String claim = PlainText.strip(sentence)
                    .replaceAll("\\s+", " ")
                    .replaceAll(" ([.,;:!?])", "$1")
                    .strip();
            if (evidence.isEmpty() || claim.isEmpty()) {
                continue;
            }
            double score = support.support(claim, evidence);
            if (score < support.threshold()) {
                findings.add(new Finding(
                        RULE,
                        Severity.WARNING,
                        draft.id(),
                        draft.article().draftPath(),
                        where,
                        String.format(
                                Locale.ROOT,
                                "\"%s\" is not well supported by the passages it cites (%s): %.2f, below %.2f (%s);"
                                        + " check it against them, then rewrite it or cite the passage that says it",
                                quote(claim),
                                String.join(", ", named),
                                score,
                                support.threshold(),
                                support.measure())));
            }
        }
    }

    /** Each recorded passage in full from the index when it still holds it there, else as the draft quotes it. */
    private List<String> texts(SourceEvidence evidence) {
        List<Passage> indexed = library.passages(evidence.document());
        List<String> texts = new ArrayList<>();
        for (PassageExcerpt excerpt : evidence.passages()) {
            texts.add(indexed.stream()
                    .filter(excerpt::matches)
                    .map(Passage::text)
                    .findFirst()
                    .orElse(excerpt.text()));
        }
        return texts;
    }

    private static String quote(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED - 1).stripTrailing() + "…";
    }
}
