package dev.seogen.llm;

import java.time.Duration;
import java.time.Instant;

/** The time the rate limiter reads and waits on: the system's, or a test's that advances when waited on. */
public interface Ticker {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    /** The wall time, for limits a provider announces as a time of day (Anthropic's resets). */
    default Instant now() {
        return Instant.now();
    }

    static Ticker system() {
        return new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
            }
        };
    }
}
