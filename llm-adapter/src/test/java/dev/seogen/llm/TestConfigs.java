package dev.seogen.llm;

import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.topic.Topic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Settings for tests: short back-offs and deadlines so that retries take milliseconds. */
final class TestConfigs {
    static final String KEY = "sk-test-7f3a9c1e5b2d4f6a8c0e";
    static final long MAX_ANSWER = 4_000_000;
    static final Prices PRICES = new Prices(new BigDecimal("0.15"), new BigDecimal("0.60"));
    static final Topic TOPIC = new Topic(
            "DNS",
            "What is a CNAME record and when should you use one?",
            List.of("dns", "cname"),
            LanguageTag.ENGLISH,
            "system administrators",
            800);

    private TestConfigs() {}

    static LlmConfig openAi(String baseUrl, @Nullable Path cache) {
        return config(Provider.OPENAI, baseUrl + "/v1", cache, Duration.ofSeconds(5), 2);
    }

    static LlmConfig anthropic(String baseUrl) {
        return config(Provider.ANTHROPIC, baseUrl + "/v1", null, Duration.ofSeconds(5), 2);
    }

    static LlmConfig config(Provider provider, String baseUrl, @Nullable Path cache, Duration timeout, int retries) {
        return new LlmConfig(
                provider,
                baseUrl,
                "gpt-4o-mini",
                "gpt-4o-mini",
                ApiKey.of(KEY),
                0.3,
                2048,
                timeout,
                retries,
                2,
                4,
                0,
                0,
                MAX_ANSWER,
                PRICES,
                cache,
                Duration.ofMillis(20));
    }

    static LlmConfig withKey(LlmConfig c, ApiKey key) {
        return new LlmConfig(
                c.provider(),
                c.baseUrl(),
                c.outlineModel(),
                c.sectionModel(),
                key,
                c.temperature(),
                c.maxOutputTokens(),
                c.timeout(),
                c.retries(),
                c.repairs(),
                c.concurrency(),
                c.requestsPerMinute(),
                c.tokensPerMinute(),
                c.maxAnswerBytes(),
                c.prices(),
                c.cacheFolder(),
                c.firstBackoff());
    }
}
