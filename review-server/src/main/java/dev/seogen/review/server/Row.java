package dev.seogen.review.server;

import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.ReviewActions;
import dev.seogen.core.review.Severity;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.SourceCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** One draft in the queue: the draft, its file, its findings and the counts the queue shows. */
record Row(Draft draft, Path file, List<Finding> findings, int errors, int warnings, int words, boolean edited) {
    /** The row of {@code draft}; {@code publishedHash} is its content's hash as last published, if it is live. */
    static Row of(Draft draft, Path file, List<Finding> findings, @Nullable String publishedHash, int words) {
        return new Row(
                draft,
                file,
                List.copyOf(findings),
                ReviewActions.count(findings, Severity.ERROR),
                ReviewActions.count(findings, Severity.WARNING),
                words,
                draft.review().status() == ReviewStatus.PUBLISHED
                        && publishedHash != null
                        && !publishedHash.equals(draft.contentHash()));
    }

    /** The status the queue shows: {@code edited} for a published draft changed since it went live. */
    String statusLabel() {
        return edited ? "edited" : status().label();
    }

    String id() {
        return draft.id();
    }

    ReviewStatus status() {
        return draft.review().status();
    }

    /** The sources' checks in a few words: "3 ok, 1 dead", "2 unchecked". */
    String checks() {
        Map<String, Integer> counts = new TreeMap<>();
        for (var source : draft.article().sources()) {
            SourceCheck check = draft.checks().get(source.id());
            String key = check == null ? "unchecked" : check.status().key();
            counts.merge(key, 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "no sources";
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((key, n) -> text.append(text.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(key));
        return text.toString();
    }

    /** Whether any source was found dead, missing or not what it says. */
    boolean badSource() {
        return draft.checks().values().stream()
                .anyMatch(c -> c.status() == CheckStatus.DEAD
                        || c.status() == CheckStatus.MISSING
                        || c.status() == CheckStatus.MISMATCH);
    }

    boolean clean() {
        return status() == ReviewStatus.DRAFT && errors == 0 && warnings == 0;
    }

    String category() {
        return draft.article().category();
    }

    boolean hasRule(String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }

    boolean hasSeverity(String severity) {
        return findings.stream().anyMatch(f -> f.severity().label().equals(severity.toLowerCase(Locale.ROOT)));
    }
}
