package dev.seogen.llm.internal;

import dev.seogen.llm.StructuredOutput;
import java.util.List;

/**
 * One request to a model: which model, the messages, the schema the answer must match, the output tokens
 * allowed, and how the JSON is asked for.
 */
public record ChatCall(
        String model, List<Message> messages, StepSchema schema, int maxOutputTokens, StructuredOutput mode) {
    static final int DEFAULT_OUTPUT = 4096;

    public ChatCall {
        messages = List.copyOf(messages);
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("a call needs 1 output token or more, got " + maxOutputTokens);
        }
    }

    public ChatCall(String model, List<Message> messages, StepSchema schema) {
        this(model, messages, schema, DEFAULT_OUTPUT, StructuredOutput.JSON_SCHEMA);
    }

    /** The characters of every message, from which {@link ContextWindow} estimates the prompt's tokens. */
    public long characters() {
        return messages.stream().mapToLong(m -> m.text().length()).sum();
    }

    /** A rough count of the tokens the request holds (four characters a token), for the rate limiter. */
    public long estimatedInputTokens() {
        return characters() / 4 + 50;
    }
}
