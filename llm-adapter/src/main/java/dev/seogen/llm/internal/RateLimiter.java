package dev.seogen.llm.internal;

import dev.seogen.llm.Ticker;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Client-side limits on requests and tokens per minute, shared by every concurrent call, so that the
 * provider's own limit is not hit in the first place. Requests are spaced evenly (60 a minute is one a
 * second, never a burst), so no minute ever holds more than the limit. Tokens are reserved before a call
 * (the prompt's estimate plus the output limit) and what the call did not use is given back.
 */
public final class RateLimiter {
    private final Bucket requests;
    private final Bucket tokens;
    private final long tokensPerMinute;
    private final BlockingStrategy waiting;

    public RateLimiter(int requestsPerMinute, int tokensPerMinute, Ticker ticker) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.nanoTime();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.requests = Bucket.builder()
                .addLimit(
                        l -> l.capacity(1).refillGreedy(1, Duration.ofMinutes(1).dividedBy(requestsPerMinute)))
                .withCustomTimePrecision(time)
                .build();
        this.tokens = Bucket.builder()
                .addLimit(l -> l.capacity(tokensPerMinute).refillGreedy(tokensPerMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
        this.tokensPerMinute = tokensPerMinute;
        this.waiting = nanos -> ticker.sleep(Duration.ofNanos(nanos));
    }

    /** Waits until one more request and {@code estimatedTokens} fit in the limits; returns the tokens reserved. */
    public long acquire(long estimatedTokens) throws InterruptedException {
        long reserved = Math.max(1, Math.min(estimatedTokens, tokensPerMinute));
        requests.asBlocking().consume(1, waiting);
        tokens.asBlocking().consume(reserved, waiting);
        return reserved;
    }

    /** Settles a reservation with the tokens the call really used (0 when it failed). */
    public void settle(long reserved, long used) {
        if (used < reserved) {
            tokens.addTokens(reserved - used);
        } else if (used > reserved) {
            tokens.consumeIgnoringRateLimits(used - reserved);
        }
    }
}
