package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What frames a translated article's sections: its title, meta description, intro and summary. */
public record TranslatedFrame(
        String title, String metaDescription, String intro, String summaryHeading, String summary) {
    public TranslatedFrame {
        requireNonNull(title, "title");
        requireNonNull(metaDescription, "metaDescription");
        requireNonNull(intro, "intro");
        requireNonNull(summaryHeading, "summaryHeading");
        requireNonNull(summary, "summary");
    }

    public List<String> problems() {
        AnswerCheck check = new AnswerCheck();
        check.notBlank(title, "title");
        check.notBlank(metaDescription, "meta_description");
        check.notBlank(intro, "intro");
        check.notBlank(summaryHeading, "summary_heading");
        check.notBlank(summary, "summary");
        return check.problems();
    }
}
