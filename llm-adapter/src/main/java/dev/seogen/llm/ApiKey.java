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

    /** The key in a text, as read from a file or a variable: a byte order mark and white space around it go. */
    public static ApiKey of(String value) {
        String key = value.replace("\uFEFF", "").strip();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException(
                        String.format("an API key is one word of plain ASCII; character %d is U+%04X", i + 1, (int) c));
            }
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
