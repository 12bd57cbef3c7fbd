package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Section;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One section of an article in another language, as the model translated it. */
public record TranslatedSection(Section section) {
    public TranslatedSection {
        requireNonNull(section, "section");
    }

    /**
     * What the model must fix so that the translation keeps the original's structure and sources: a heading
     * and text, as many sub-sections, and the same citations in each part.
     */
    public List<String> problems(Section original) {
        AnswerCheck check = new AnswerCheck();
        check.notBlank(section.heading(), "heading");
        check.that(
                !section.body().isBlank() || original.body().isBlank(), "body is empty; translate the section's text");
        sameCitations(check, original.body(), section.body(), "body");
        check.that(
                section.subsections().size() == original.subsections().size(),
                "subsections has " + section.subsections().size() + " items; the original has "
                        + original.subsections().size() + ", translate each of them, in order");
        for (int i = 0;
                i
                        < Math.min(
                                section.subsections().size(),
                                original.subsections().size());
                i++) {
            Section sub = section.subsections().get(i);
            check.notBlank(sub.heading(), "subsections[" + i + "].heading");
            sameCitations(check, original.subsections().get(i).body(), sub.body(), "subsections[" + i + "].body");
        }
        return check.problems();
    }

    private static void sameCitations(AnswerCheck check, String original, String translated, String field) {
        Set<Integer> expected = new LinkedHashSet<>(SectionText.citations(original));
        Set<Integer> found = new LinkedHashSet<>(SectionText.citations(translated));
        check.that(
                expected.equals(found),
                field + " cites " + found + " where the original cites " + expected
                        + "; keep every [n] of the original, as it is");
    }
}
