package dev.seogen.llm;

import dev.seogen.core.article.TokenUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a million input and a million output tokens cost, in the currency the user bills in. */
public record Prices(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    public static final Prices FREE = new Prices(BigDecimal.ZERO, BigDecimal.ZERO);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public Prices {
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
    }

    public BigDecimal cost(TokenUsage usage) {
        return inputPerMillion
                .multiply(BigDecimal.valueOf(usage.input()))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(usage.output())))
                .divide(MILLION, 10, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
