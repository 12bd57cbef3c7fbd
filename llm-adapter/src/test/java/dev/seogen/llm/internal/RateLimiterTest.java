package dev.seogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.llm.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                    limiter.acquire(100);
                    starts.add(ticker.startOfLastAcquire());
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

        long reserved = limiter.acquire(8_000);
        limiter.settle(reserved, 2_000);
        limiter.acquire(8_000);
        long firstWait = ticker.startOfLastAcquire();
        limiter.acquire(8_000);
        long secondWait = ticker.startOfLastAcquire();

        assertThat(Duration.ofNanos(firstWait)).isLessThan(Duration.ofMillis(1)); // only the requests' spacing
        // 8,000 taken again left none: the next 8,000 come at 10,000 a minute, in 48 s.
        assertThat(Duration.ofNanos(secondWait)).isBetween(Duration.ofSeconds(48), Duration.ofMillis(48_001));
    }
}
