package dev.seogen.llm.internal;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.ModelException;
import java.math.BigDecimal;

/** The server answered 400 to the way the JSON was asked for ({@code response_format}, the schema). */
final class FormatRefused extends ModelException {
    private final String said;

    FormatRefused(String said, Throwable cause, int calls) {
        super("the server refused the response format: " + said, cause, calls, TokenUsage.NONE, BigDecimal.ZERO);
        this.said = said;
    }

    String said() {
        return said;
    }
}
