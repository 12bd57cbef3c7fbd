package dev.seogen.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when someone waits on it: a wait wakes at once, with the clock set to the moment the
 * caller asked to wake (the time it last read plus the wait; never back). Code that paces itself by this clock, and a fake server that counts by it,
 * see the same minutes however fast the test runs.
 */
public final class AdvancingTicker implements Ticker {
    public static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger sleeps = new AtomicInteger();
    private final ThreadLocal<Long> lastRead = ThreadLocal.withInitial(() -> 0L);

    @Override
    public long nanoTime() {
        long now = nanos.get();
        lastRead.set(now);
        return now;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.incrementAndGet();
        long wakeAt = lastRead.get() + duration.toNanos();
        nanos.accumulateAndGet(wakeAt, Math::max);
    }

    @Override
    public Instant now() {
        return START.plusNanos(nanos.get());
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }

    public int sleeps() {
        return sleeps.get();
    }
}
