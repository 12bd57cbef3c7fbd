package dev.seogen.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Provider response bodies from the fixtures in {@code src/test/resources/wire}, with a chosen content. */
final class Wire {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {}

    static String fixture(String name) {
        try (InputStream in = Objects.requireNonNull(Wire.class.getResourceAsStream("/wire/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenAI chat completion whose message content is {@code content}. */
    static String openAi(String content, String finishReason) {
        return fixture("openai-chat-completion.json")
                .replace("CONTENT", quoted(content))
                .replace("FINISH", finishReason);
    }

    /** As {@link #openAi(String, String)}, with {@code outputTokens} as the completion's tokens. */
    static String openAi(String content, String finishReason, int outputTokens) {
        return openAi(content, finishReason)
                .replace("\"completion_tokens\": 46", "\"completion_tokens\": " + outputTokens)
                .replace("\"total_tokens\": 1163", "\"total_tokens\": " + (1117 + outputTokens));
    }

    static String openAi(String content) {
        return openAi(content, "stop");
    }

    /** An Anthropic message whose text block is {@code content}. */
    static String anthropic(String content, String stopReason) {
        return fixture("anthropic-message.json")
                .replace("CONTENT", quoted(content))
                .replace("STOP", stopReason);
    }

    private static String quoted(String content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
