package dev.seogen.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.topic.PlannedTopic;
import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one article in a run: generated, skipped (its draft exists) or failed, with the model
 * calls this run made for it, their tokens and cost, the time it took, for a failure the step and why, and how
 * many of its answers were replayed from the response cache (which cost no call and no token).
 */
public record ArticleOutcome(
        PlannedTopic planned,
        Status status,
        int calls,
        TokenUsage usage,
        BigDecimal cost,
        Duration time,
        @Nullable String failedStep,
        @Nullable String reason,
        int fromCache) {
    /** The outcome of an article. */
    public enum Status {
        GENERATED,
        SKIPPED,
        FAILED
    }

    public ArticleOutcome {
        requireNonNull(planned, "planned");
        requireNonNull(status, "status");
        requireNonNull(usage, "usage");
        requireNonNull(cost, "cost");
        requireNonNull(time, "time");
    }

    /** An outcome with no answer from the cache. */
    public ArticleOutcome(
            PlannedTopic planned,
            Status status,
            int calls,
            TokenUsage usage,
            BigDecimal cost,
            Duration time,
            @Nullable String failedStep,
            @Nullable String reason) {
        this(planned, status, calls, usage, cost, time, failedStep, reason, 0);
    }

    static ArticleOutcome skipped(PlannedTopic planned, String why) {
        return new ArticleOutcome(
                planned, Status.SKIPPED, 0, TokenUsage.NONE, BigDecimal.ZERO, Duration.ZERO, null, why);
    }
}
