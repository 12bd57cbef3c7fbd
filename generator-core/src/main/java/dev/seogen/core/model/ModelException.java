package dev.seogen.core.model;

import dev.seogen.core.SeogenException;
import dev.seogen.core.article.TokenUsage;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A model step failed for one article: the answers stayed invalid after the repairs allowed, or the
 * endpoint kept failing after the retries allowed. The article is reported as failed; the batch goes on.
 * Carries what the failed step spent, so that the run report counts every call that was paid for.
 */
public class ModelException extends SeogenException {
    private final int calls;
    private final TokenUsage usage;
    private final BigDecimal cost;

    public ModelException(String message) {
        this(message, null, 0, TokenUsage.NONE, BigDecimal.ZERO);
    }

    public ModelException(String message, Throwable cause) {
        this(message, cause, 0, TokenUsage.NONE, BigDecimal.ZERO);
    }

    public ModelException(String message, @Nullable Throwable cause, int calls, TokenUsage usage, BigDecimal cost) {
        super(message, cause);
        this.calls = calls;
        this.usage = usage;
        this.cost = cost;
    }

    /** The HTTP calls the failed step made. */
    public int calls() {
        return calls;
    }

    public TokenUsage usage() {
        return usage;
    }

    public BigDecimal cost() {
        return cost;
    }
}
