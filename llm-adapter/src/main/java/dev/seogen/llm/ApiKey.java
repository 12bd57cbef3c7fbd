package dev.seogen.llm;

import static java.util.Objects.requireNonNull;

/**
 * A secret that must never be written anywhere: {@link #toString()} hides it, and only the transport reads
 * it through {@link #reveal()}. Local servers need none; {@link #NONE} stands for that.
 */
public final class ApiKey {
    public static final ApiKey NONE = new ApiKey("");

    private final String value;

    private ApiKey(String value) {
        this.value = requireNonNull(value, "value");
    }

    public static ApiKey of(String value) {
        String key = value.strip();
        if (key.contains("\n") || key.contains(" ")) {
            throw new IllegalArgumentException("an API key is one word without spaces; check the key file or variable");
        }
        return key.isEmpty() ? NONE : new ApiKey(key);
    }

    public boolean isPresent() {
        return !value.isEmpty();
    }

    public String reveal() {
        return value;
    }

    /** The text with every occurrence of the key replaced, for logs and messages that quote a server. */
    public String redact(String text) {
        return value.length() < 4 ? text : text.replace(value, "[API key]");
    }

    @Override
    public String toString() {
        return isPresent() ? "ApiKey[set]" : "ApiKey[none]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
