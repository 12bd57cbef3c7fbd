package dev.seogen.sources.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Politeness: at most so many requests in flight to one host, their starts at least so far apart, and at
 * most so many in flight over all hosts. Counts the requests each host got.
 */
public final class HostGates {
    private final int perHost;
    private final Semaphore overall;
    private final Ticker ticker;
    private final ConcurrentMap<String, Gate> gates = new ConcurrentHashMap<>();

    public HostGates(int overall, int perHost, Ticker ticker) {
        this.overall = new Semaphore(overall, true);
        this.perHost = perHost;
        this.ticker = ticker;
    }

    /** A permit to send one request to the host; close it when the answer is read. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public Permit enter(String host, Duration spacing) throws InterruptedException {
        Gate gate = gates.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Gate(perHost));
        gate.inFlight.acquire();
        try {
            ticker.sleep(Duration.ofNanos(gate.reserve(ticker.nanoTime(), spacing.toNanos())));
            overall.acquire();
        } catch (InterruptedException | RuntimeException e) {
            gate.inFlight.release();
            throw e;
        }
        gate.requests.incrementAndGet();
        return () -> {
            overall.release();
            gate.inFlight.release();
        };
    }

    /** How many requests each host got, by host name, sorted. */
    public Map<String, Long> requestsByHost() {
        Map<String, Long> counts = new TreeMap<>();
        gates.forEach((host, gate) -> {
            if (gate.requests.get() > 0) {
                counts.put(host, gate.requests.get());
            }
        });
        return counts;
    }

    private static final class Gate {
        final Semaphore inFlight;
        final AtomicLong requests = new AtomicLong();
        private long nextStart = Long.MIN_VALUE;

        Gate(int perHost) {
            inFlight = new Semaphore(perHost, true);
        }

        /** Books the next start at least {@code spacing} after the one before; answers how long to wait. */
        synchronized long reserve(long now, long spacing) {
            long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
            nextStart = start + spacing;
            return start - now;
        }
    }
}
