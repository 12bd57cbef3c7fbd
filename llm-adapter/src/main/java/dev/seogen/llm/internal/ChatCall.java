package dev.seogen.llm.internal;

import java.util.List;

/** One request to a model: which model, the conversation so far, and the schema the answer must match. */
public record ChatCall(String model, List<Message> messages, StepSchema schema) {
    public ChatCall {
        messages = List.copyOf(messages);
    }

    /** A rough count of the tokens the request holds (four characters a token), for the rate limiter. */
    public long estimatedInputTokens() {
        long characters = messages.stream().mapToLong(m -> m.text().length()).sum();
        return characters / 4 + 50;
    }
}
