package dev.seogen.llm;

import static java.util.Objects.requireNonNull;

/**
 * A secret that must never be written anywhere: {@link #toString()} hides it, and only the transport reads
 * it through {@link #reveal()}. Local servers need none; {@link #NONE} stands for that. It also says where it
 * came from (a variable, a key file), or why none is sent, so that a refusal can name what to check.
 */
public final class ApiKey {
    public static final ApiKey NONE = new ApiKey("", "");

    private final String value;
    private final String origin;

    private ApiKey(String value, String origin) {
        this.value = requireNonNull(value, "value");
        this.origin = requireNonNull(origin, "origin");
    }

    /**
     * The key in a text, read from {@code origin} (such as {@code SEOGEN_LLM_API_KEY}); see {@link #of(String)}.
     */
    public static ApiKey of(String value, String origin) {
        ApiKey key = of(value);
        return key.isPresent() ? new ApiKey(key.value, origin) : none(origin);
    }

    /** No key, and why, in words for the user: "OPENAI_API_KEY is set but not sent to …". */
    public static ApiKey none(String why) {
        return new ApiKey("", why);
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
        return key.isEmpty() ? NONE : new ApiKey(key, "");
    }

    /** Where the key came from, or why there is none; empty when not known. */
    public String origin() {
        return origin;
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
