package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A draft's review status, the reviewer's note, when the status last changed, and who changed it. */
public record Review(
        ReviewStatus status,
        @Nullable String note,
        @Nullable Instant changedAt,
        @Nullable String reviewedBy) {
    public static final Review NEW = new Review(ReviewStatus.DRAFT, null, null, null);

    public Review {
        requireNonNull(status, "status");
        if (reviewedBy != null && (reviewedBy.isBlank() || reviewedBy.contains("\n"))) {
            throw new IllegalArgumentException("a reviewer is named on one non-blank line, got '" + reviewedBy + "'");
        }
    }

    /** A review whose reviewer is not known (a draft reviewed before seogen recorded who). */
    public Review(ReviewStatus status, @Nullable String note, @Nullable Instant changedAt) {
        this(status, note, changedAt, null);
    }
}
