package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How a draft was made: the provider and model, the tokens and what they cost (in the currency of the
 * configured price table), when, and the hash of the content as generated, which tells a later edit.
 */
public record Generation(
        String provider,
        String model,
        TokenUsage usage,
        BigDecimal cost,
        Instant startedAt,
        Instant finishedAt,
        String contentHash) {
    public Generation {
        requireNonNull(provider, "provider");
        requireNonNull(model, "model");
        requireNonNull(usage, "usage");
        requireNonNull(cost, "cost");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(finishedAt, "finishedAt");
        requireNonNull(contentHash, "contentHash");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException(
                    "generation finished (" + finishedAt + ") before it started (" + startedAt + ")");
        }
    }
}
