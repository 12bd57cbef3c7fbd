package dev.seogen.sources;

import dev.seogen.sources.internal.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Time that passes only when waited on, and remembers each wait: no test sleeps. */
final class FakeTicker implements Ticker {
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicLong now = new AtomicLong();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) {
        if (!duration.isZero()) {
            waits.add(duration);
            now.addAndGet(duration.toNanos());
        }
    }
}
