package dev.seogen.llm.internal;

import dev.seogen.llm.Ticker;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Client-side limits on requests and tokens per minute, shared by every concurrent call, so that the
 * provider's own limit is not hit in the first place. Each is a token bucket refilled continuously: a burst
 * of a minute's worth, then a steady pace. Tokens are reserved before a call (the prompt's estimate plus the
 * output limit) and the unused part is given back when the real usage is known.
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
        this.requests = perMinute(requestsPerMinute, time);
        this.tokens = perMinute(tokensPerMinute, time);
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

    /** Settles a reservation with the tokens the call really used. */
    public void settle(long reserved, long used) {
        if (used < reserved) {
            tokens.addTokens(reserved - used);
        } else if (used > reserved) {
            tokens.consumeIgnoringRateLimits(used - reserved);
        }
    }

    private static Bucket perMinute(long limit, TimeMeter time) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }
}
