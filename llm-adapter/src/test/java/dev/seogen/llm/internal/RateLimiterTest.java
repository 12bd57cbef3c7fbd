package dev.seogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.llm.AdvancingTicker;
import dev.seogen.llm.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /**
     * A clock that never moves: a wait is recorded as the moment the caller would wake, and the limiter's
     * own arithmetic (which reserves ahead) then gives every caller's start time without anyone waiting.
     */
    private static final class FrozenTicker implements Ticker {
        private final ThreadLocal<Long> wakesAt = ThreadLocal.withInitial(() -> 0L);

        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public void sleep(Duration duration) {
            wakesAt.set(Math.max(wakesAt.get(), duration.toNanos()));
        }

        long startOfLastAcquire() {
            long start = wakesAt.get();
            wakesAt.set(0L);
            return start;
        }
    }

    private static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return headers;
    }

    @Test
    void holdsTwentyRequestsAMinuteAcrossEightConcurrentCallers() throws Exception {
        FrozenTicker ticker = new FrozenTicker();
        RateLimiter limiter = new RateLimiter(20, 100_000_000, ticker);
        List<Long> starts = new CopyOnWriteArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int caller = 0; caller < 8; caller++) {
            done.add(callers.submit(() -> {
                for (int call = 0; call < 10; call++) {
                    RateLimiter.Permit permit = limiter.acquire(50, 50);
                    starts.add(ticker.startOfLastAcquire());
                    limiter.observe(Map.of());
                    limiter.settle(permit, 100);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        callers.shutdown();

        List<Long> sorted = starts.stream().sorted().toList();
        assertThat(sorted).hasSize(80);
        // One every three seconds, from the first: 80 calls take (80 - 1) × 3 s, and never is one early.
        for (int i = 0; i < 80; i++) {
            assertThat(Duration.ofNanos(sorted.get(i))).isEqualTo(Duration.ofSeconds(3L * i));
        }
        for (long windowStart : sorted) {
            long inWindow = sorted.stream()
                    .filter(s -> s >= windowStart
                            && s < windowStart + Duration.ofMinutes(1).toNanos())
                    .count();
            assertThat(inWindow)
                    .as("calls in the minute from %s s", windowStart / 1_000_000_000)
                    .isLessThanOrEqualTo(20);
        }
    }

    @Test
    void tokensPerMinuteHoldBackALargeRequestAndUnusedTokensComeBack() throws InterruptedException {
        FrozenTicker ticker = new FrozenTicker();
        RateLimiter limiter = new RateLimiter(1_000_000, 10_000, ticker);

        RateLimiter.Permit first = limiter.acquire(4_000, 4_000);
        limiter.observe(Map.of());
        limiter.settle(first, 2_000);
        limiter.settle(limiter.acquire(4_000, 4_000), 8_000);
        long firstWait = ticker.startOfLastAcquire();
        limiter.acquire(4_000, 4_000);
        long secondWait = ticker.startOfLastAcquire();

        assertThat(Duration.ofNanos(firstWait)).isLessThan(Duration.ofMillis(1)); // only the requests' spacing
        // 8,000 taken again left none: the next 8,000 come at 10,000 a minute, in 48 s.
        assertThat(Duration.ofNanos(secondWait)).isBetween(Duration.ofSeconds(48), Duration.ofMillis(48_001));
    }

    @Test
    void withoutHeadersOrSettingsNothingWaits() throws InterruptedException {
        AdvancingTicker ticker = new AdvancingTicker();
        RateLimiter limiter = new RateLimiter(0, 0, ticker);

        for (int i = 0; i < 1_000; i++) {
            RateLimiter.Permit permit = limiter.acquire(5_000, 4_096);
            limiter.observe(Map.of("content-type", List.of("application/json")));
            limiter.settle(permit, 9_000);
        }

        assertThat(ticker.sleeps()).isZero();
        assertThat(ticker.elapsed()).isZero();
    }

    @Test
    void nothingLeftWaitsUntilTheAnnouncedReset() throws InterruptedException {
        AdvancingTicker ticker = new AdvancingTicker();
        RateLimiter limiter = new RateLimiter(0, 0, ticker);

        RateLimiter.Permit permit = limiter.acquire(100, 100);
        limiter.observe(headers(
                "x-ratelimit-limit-requests", "10000",
                "x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "1m30.5s"));
        limiter.settle(permit, 200);
        limiter.acquire(100, 100);

        assertThat(ticker.elapsed()).isEqualTo(Duration.ofMillis(90_500));
    }

    @Test
    void anthropicTokensLeftAndItsResetTimeHoldTheNextCall() throws InterruptedException {
        AdvancingTicker ticker = new AdvancingTicker();
        RateLimiter limiter = new RateLimiter(0, 0, ticker);

        RateLimiter.Permit permit = limiter.acquire(1_000, 1_000);
        limiter.observe(headers(
                "anthropic-ratelimit-requests-limit", "50",
                "anthropic-ratelimit-requests-remaining", "49",
                "anthropic-ratelimit-requests-reset",
                        AdvancingTicker.START.plusSeconds(1).toString(),
                "anthropic-ratelimit-output-tokens-limit", "8000",
                "anthropic-ratelimit-output-tokens-remaining", "1500",
                "anthropic-ratelimit-output-tokens-reset",
                        AdvancingTicker.START.plusSeconds(40).toString()));
        limiter.settle(permit, 2_000);
        limiter.acquire(1_000, 1_000); // 1,500 output tokens are left: this one fits, after the 1.2 s spacing
        Duration second = ticker.elapsed();
        limiter.acquire(1_000, 1_000); // 500 left: waits for the reset

        assertThat(second).isEqualTo(Duration.ofMillis(1_200)); // 50 a minute
        assertThat(ticker.elapsed()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void anAnswerThatSaysMoreIsLeftThanCountsCallsSentAfterItDoesNotMakeRoomForThem() throws Exception {
        AdvancingTicker ticker = new AdvancingTicker();
        RateLimiter limiter = new RateLimiter(0, 0, ticker);
        RateLimiter.Permit probe = limiter.acquire(10, 10);
        limiter.observe(headers("x-ratelimit-remaining-requests", "3", "x-ratelimit-reset-requests", "20s"));
        limiter.settle(probe, 20);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        RateLimiter.Permit a = caller.submit(() -> limiter.acquire(10, 10)).get();
        limiter.acquire(10, 10);
        limiter.acquire(10, 10); // three sent, none answered: nothing is left

        // a's answer says 2 are left, but the server counted it before the two sent after it.
        caller.submit(() -> {
                    limiter.observe(
                            headers("x-ratelimit-remaining-requests", "2", "x-ratelimit-reset-requests", "20s"));
                    limiter.settle(a, 20);
                })
                .get();
        caller.shutdown();
        limiter.acquire(10, 10);

        assertThat(ticker.elapsed()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void untilAnAnswerHasComeBackOneCallGoesAtATime() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 0, new AdvancingTicker());
        RateLimiter.Permit first = limiter.acquire(10, 10);
        CountDownLatch secondGranted = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        other.submit(() -> {
            limiter.acquire(10, 10);
            secondGranted.countDown();
            return null;
        });

        assertThat(secondGranted.await(200, TimeUnit.MILLISECONDS)).isFalse();
        limiter.observe(Map.of());
        assertThat(secondGranted.await(10, TimeUnit.SECONDS)).isTrue();
        limiter.settle(first, 20);
        other.shutdown();
    }

    @Test
    void aLongWaitForTheLimitIsSaidAndAShortOneIsNot() throws InterruptedException {
        assertThat(said("1m30s"))
                .containsExactly(
                        "waiting 90 s for the rate limit (what the provider announced); the batch goes on after that");
        assertThat(said("2s")).isEmpty();
    }

    /** What a limiter says while the second call waits for the reset the first call's answer announced. */
    private static List<String> said(String reset) throws InterruptedException {
        RateLimiter limiter = new RateLimiter(0, 0, new AdvancingTicker());
        List<String> said = new java.util.ArrayList<>();
        limiter.tellLongWaitsTo(said::add);
        RateLimiter.Permit permit = limiter.acquire(100, 100);
        limiter.observe(headers(
                "x-ratelimit-limit-requests", "10000",
                "x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", reset));
        limiter.settle(permit, 200);
        limiter.acquire(100, 100);
        return said;
    }
}
