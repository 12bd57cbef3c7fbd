package dev.seogen.core.model;

import dev.seogen.core.article.TokenUsage;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * No call to the model can succeed until the user changes something: the key is refused, the quota is
 * used up, the model or URL does not exist. The run stops (exit code 3) with a message saying what to check.
 */
public class ModelUnusableException extends ModelException {
    public ModelUnusableException(String message) {
        super(message);
    }

    public ModelUnusableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With what the calls that found the endpoint unusable spent, so that the run report counts them. */
    public ModelUnusableException(
            String message, @Nullable Throwable cause, int calls, TokenUsage usage, BigDecimal cost) {
        super(message, cause, calls, usage, cost);
    }
}
