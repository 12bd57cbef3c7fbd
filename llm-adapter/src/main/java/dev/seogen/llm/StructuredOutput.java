package dev.seogen.llm;

import java.util.Locale;

/**
 * How the answer's JSON is asked for: with the schema in {@code response_format} (the default), as any JSON
 * object with the schema described in the prompt, or in the prompt alone, for servers that refuse one or the
 * other. Every answer is validated the same way whichever is used.
 */
public enum StructuredOutput {
    /** OpenAI's strict {@code json_schema}, Anthropic's {@code output_config}: the server constrains the output. */
    JSON_SCHEMA,
    /** {@code response_format: json_object}, the schema in the prompt (Anthropic has none: the prompt alone). */
    JSON_OBJECT,
    /** No {@code response_format} at all; the schema in the prompt. */
    PROMPT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** The next mode to try when a server refuses this one, or this one when there is none. */
    public StructuredOutput fallback() {
        return this == JSON_SCHEMA ? JSON_OBJECT : PROMPT;
    }

    public static StructuredOutput parse(String label) {
        for (StructuredOutput mode : values()) {
            if (mode.label().equals(label.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "'" + label + "' is not a structured-output mode; use json_schema," + " json_object or prompt");
    }
}
