package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A draft's review status, the reviewer's note, and when the status last changed. */
public record Review(
        ReviewStatus status,
        @Nullable String note,
        @Nullable Instant changedAt) {
    public static final Review NEW = new Review(ReviewStatus.DRAFT, null, null);

    public Review {
        requireNonNull(status, "status");
    }
}
