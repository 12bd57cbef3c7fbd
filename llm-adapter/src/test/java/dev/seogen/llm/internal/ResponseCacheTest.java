package dev.seogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.llm.ApiKey;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.Prices;
import dev.seogen.llm.Provider;
import dev.seogen.llm.StructuredOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {
    @TempDir
    Path folder;

    private static LlmConfig config(String baseUrl, double temperature, int maxTokens, String key) {
        return new LlmConfig(
                Provider.OPENAI,
                baseUrl,
                "m",
                "m",
                ApiKey.of(key),
                temperature,
                maxTokens,
                Duration.ofSeconds(1),
                0,
                0,
                1,
                1,
                1,
                1_000,
                Prices.FREE,
                null,
                Duration.ofMillis(1));
    }

    private static ChatCall call(String model, String text) {
        return new ChatCall(model, List.of(Message.system("s"), Message.user(text)), StepSchema.OUTLINE);
    }

    @Test
    void theKeyChangesWithEverythingThatDeterminesTheAnswerButNotWithTheApiKey() {
        ResponseCache base = new ResponseCache(folder, config("http://a/v1", 0.3, 100, "k1"));
        String key = base.key(call("m", "hello"));

        assertThat(new ResponseCache(folder, config("http://a/v1", 0.3, 100, "k2")).key(call("m", "hello")))
                .isEqualTo(key);
        assertThat(List.of(
                        new ResponseCache(folder, config("http://b/v1", 0.3, 100, "k1")).key(call("m", "hello")),
                        new ResponseCache(folder, config("http://a/v1", 0.7, 100, "k1")).key(call("m", "hello")),
                        base.key(new ChatCall(
                                "m",
                                List.of(Message.system("s"), Message.user("hello")),
                                StepSchema.OUTLINE,
                                200,
                                StructuredOutput.JSON_SCHEMA)),
                        base.key(new ChatCall(
                                "m",
                                List.of(Message.system("s"), Message.user("hello")),
                                StepSchema.OUTLINE,
                                ChatCall.DEFAULT_OUTPUT,
                                StructuredOutput.JSON_OBJECT)),
                        new ResponseCache(
                                        folder,
                                        config("http://a/v1", 0.3, 100, "k1")
                                                .withLocal(0, StructuredOutput.JSON_SCHEMA, 42))
                                .key(call("m", "hello")),
                        base.key(call("other-model", "hello")),
                        base.key(call("m", "hello!")),
                        base.key(new ChatCall(
                                "m", List.of(Message.system("s"), Message.user("hello")), StepSchema.SECTION))))
                .doesNotContain(key)
                .doesNotHaveDuplicates();
    }

    @Test
    void aStoredAnswerReadsBackAndABrokenFileIsAMiss() throws IOException {
        ResponseCache cache = new ResponseCache(folder, config("http://a/v1", 0.3, 100, "k1"));
        ChatReply reply = new ChatReply("{\"a\":1}", false, new TokenUsage(10, 20), "m-2024", false);

        cache.put(call("m", "hello"), reply);

        assertThat(cache.get(call("m", "hello"))).contains(reply.asCached());
        try (Stream<Path> files = Files.walk(folder)) {
            Path stored = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.writeString(stored, "{ truncated");
        }
        assertThat(cache.get(call("m", "hello"))).isEmpty();
    }
}
