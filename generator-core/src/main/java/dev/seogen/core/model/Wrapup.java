package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The intro and summary of an article, written once its sections exist. */
public record Wrapup(String intro, String summaryHeading, String summary) {
    public Wrapup {
        requireNonNull(intro, "intro");
        requireNonNull(summaryHeading, "summaryHeading");
        requireNonNull(summary, "summary");
    }

    public List<String> problems() {
        AnswerCheck check = new AnswerCheck();
        check.notBlank(intro, "intro");
        check.notBlank(summaryHeading, "summary_heading");
        check.notBlank(summary, "summary");
        return check.problems();
    }
}
