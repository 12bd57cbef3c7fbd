package dev.seogen.llm;

import java.time.Duration;

/** The time the rate limiter reads and waits on: the system's, or a test's that advances when waited on. */
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
                Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
            }
        };
    }
}
