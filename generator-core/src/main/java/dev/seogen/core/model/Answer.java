package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.TokenUsage;
import java.math.BigDecimal;

/**
 * A validated answer and what it took: the model that gave it, the tokens and cost of every call made for
 * it (repairs included), and whether it came from the response cache, which costs nothing.
 */
public record Answer<T>(T value, String model, TokenUsage usage, BigDecimal cost, int calls, boolean cached) {
    public Answer {
        requireNonNull(value, "value");
        requireNonNull(model, "model");
        requireNonNull(usage, "usage");
        requireNonNull(cost, "cost");
        if (calls < 0) {
            throw new IllegalArgumentException("calls cannot be negative, got " + calls);
        }
    }
}
