package dev.seogen.sources.internal;

import java.time.Duration;

/** The time per-host spacing and retries read and wait on: the system's, or a test's that only records. */
public interface Ticker {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    static Ticker system() {
        return new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (!duration.isNegative() && !duration.isZero()) {
                    Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
                }
            }
        };
    }
}
