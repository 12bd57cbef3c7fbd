package dev.seogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
    @Test
    void readsOpenAiResetsAsGoDurations() {
        assertThat(RateLimitHeaders.goDuration("1s")).contains(Duration.ofSeconds(1));
        assertThat(RateLimitHeaders.goDuration("6m0s")).contains(Duration.ofMinutes(6));
        assertThat(RateLimitHeaders.goDuration("20ms")).contains(Duration.ofMillis(20));
        assertThat(RateLimitHeaders.goDuration("1m30.5s")).contains(Duration.ofMillis(90_500));
        assertThat(RateLimitHeaders.goDuration("1h2m")).contains(Duration.ofMinutes(62));
        assertThat(RateLimitHeaders.goDuration("soon")).isEmpty();
        assertThat(RateLimitHeaders.goDuration("5s later")).isEmpty();
    }

    @Test
    void readsBothProvidersHeadersWhateverTheirCase() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        var openAi = RateLimitHeaders.read(
                Map.of(
                        "X-RateLimit-Limit-Tokens", List.of("150000"),
                        "x-ratelimit-remaining-tokens", List.of("149984"),
                        "x-ratelimit-reset-tokens", List.of("6m0s")),
                now);
        var anthropic = RateLimitHeaders.read(
                Map.of(
                        "anthropic-ratelimit-input-tokens-limit", List.of("40000"),
                        "anthropic-ratelimit-input-tokens-remaining", List.of("39000"),
                        "anthropic-ratelimit-input-tokens-reset", List.of("2026-03-01T12:00:30Z")),
                now);

        assertThat(openAi)
                .containsExactly(new RateLimitHeaders.Announced(
                        RateLimitHeaders.Kind.TOKENS, 150_000L, 149_984L, Duration.ofMinutes(6)));
        assertThat(anthropic)
                .containsExactly(new RateLimitHeaders.Announced(
                        RateLimitHeaders.Kind.INPUT_TOKENS, 40_000L, 39_000L, Duration.ofSeconds(30)));
        assertThat(RateLimitHeaders.read(Map.of("x-ratelimit-remaining-requests", List.of("many")), now))
                .isEmpty();
    }
}
