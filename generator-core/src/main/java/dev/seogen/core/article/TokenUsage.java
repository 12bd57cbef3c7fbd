package dev.seogen.core.article;

/** Tokens a model read and wrote, as the provider reported them. */
public record TokenUsage(long input, long output) {
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (input < 0 || output < 0) {
            throw new IllegalArgumentException(
                    "token counts cannot be negative: input " + input + ", output " + output);
        }
    }

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(input + other.input, output + other.output);
    }

    public long total() {
        return input + output;
    }
}
