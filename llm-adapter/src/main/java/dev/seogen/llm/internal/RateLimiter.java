package dev.seogen.llm.internal;

import dev.seogen.llm.Ticker;
import dev.seogen.llm.internal.RateLimitHeaders.Announced;
import dev.seogen.llm.internal.RateLimitHeaders.Kind;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Paces every concurrent call to two sets of limits, whichever is stricter: the ones the user set
 * ({@code llm.requests-per-minute}, {@code llm.tokens-per-minute}; none by default) and the ones the provider
 * announces in the rate-limit headers of its answers. Without either, nothing waits here.
 *
 * <p>Of the provider's limits, what is left is counted down as calls go out; an answer's {@code remaining},
 * less every call the server may not have counted yet (those sent after it, and those in flight when it was
 * sent), replaces that count only when it is larger, so the count never overstates what is left. When nothing
 * is left, calls wait for the announced reset. An announced request limit also spaces calls evenly (20 a minute
 * is one every 3 s). Until the first answer has come back, and so until the limits are known, one call goes at
 * a time.
 */
public final class RateLimiter {
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final @Nullable Bucket requests;
    private final @Nullable Bucket tokens;
    private final long tokensPerMinute;
    private final Ticker ticker;
    private final BlockingStrategy waiting;

    // What the provider announced, and the calls under way; guarded by this.
    private final Map<Kind, Learned> learned = new EnumMap<>(Kind.class);
    private final long[] sent = new long[Kind.values().length];
    private final long[] outstanding = new long[Kind.values().length];
    private final ThreadLocal<@Nullable Permit> current = new ThreadLocal<>();
    private boolean answered;
    private int inFlight;
    private long spacing;
    private long nextRequestAt = UNKNOWN;

    /** One call's share of the limits, given back by {@link #settle}. */
    public static final class Permit {
        private final long[] reserved;
        private final long[] sentBefore;
        private final long[] outstandingBefore;
        private final long configuredTokens;
        private final long grantedAt;

        private Permit(long[] reserved, long[] sentBefore, long[] outstandingBefore, long configuredTokens, long at) {
            this.reserved = reserved;
            this.sentBefore = sentBefore;
            this.outstandingBefore = outstandingBefore;
            this.configuredTokens = configuredTokens;
            this.grantedAt = at;
        }
    }

    private static final class Learned {
        long limit; // 0: not announced
        long left = Long.MAX_VALUE;
        long resetAt = UNKNOWN;
    }

    /**
     * @param requestsPerMinute the user's limit on calls, or 0 for none
     * @param tokensPerMinute the user's limit on tokens, or 0 for none
     */
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
        this.requests = requestsPerMinute < 1
                ? null
                : Bucket.builder()
                        .addLimit(l -> l.capacity(1)
                                .refillGreedy(1, Duration.ofMinutes(1).dividedBy(requestsPerMinute)))
                        .withCustomTimePrecision(time)
                        .build();
        this.tokens = tokensPerMinute < 1
                ? null
                : Bucket.builder()
                        .addLimit(l -> l.capacity(tokensPerMinute).refillGreedy(tokensPerMinute, Duration.ofMinutes(1)))
                        .withCustomTimePrecision(time)
                        .build();
        this.tokensPerMinute = tokensPerMinute;
        this.ticker = ticker;
        this.waiting = this::sleep;
    }

    /** A wait this long is said, so that a batch under a low limit does not look stuck. */
    static final Duration LONG_WAIT = Duration.ofSeconds(20);

    /** The least time between two such messages. */
    static final Duration BETWEEN_NOTICES = Duration.ofMinutes(1);

    private volatile Consumer<String> notices = line -> {};
    private final AtomicLong lastNotice = new AtomicLong();
    private final AtomicBoolean noticed = new AtomicBoolean();

    /** Where a long wait for a limit is said (standard error, in the CLI); by default nowhere. */
    public void tellLongWaitsTo(Consumer<String> whereTo) {
        this.notices = whereTo;
    }

    private void sleep(long nanos) throws InterruptedException {
        if (nanos >= LONG_WAIT.toNanos()) {
            long now = ticker.nanoTime();
            long last = lastNotice.get();
            if ((!noticed.get() || now - last >= BETWEEN_NOTICES.toNanos()) && lastNotice.compareAndSet(last, now)) {
                noticed.set(true);
                notices.accept("waiting " + Duration.ofNanos(nanos).toSeconds() + " s for the rate limit ("
                        + (requests != null || tokens != null
                                ? "llm.requests-per-minute / llm.tokens-per-minute, or "
                                : "")
                        + "what the provider announced); the batch goes on after that");
            }
        }
        ticker.sleep(Duration.ofNanos(nanos));
    }

    /**
     * Waits until one more call with this many input tokens (an estimate) and output tokens (the output limit)
     * fits every limit, and reserves them.
     */
    public Permit acquire(long inputTokens, long outputTokens) throws InterruptedException {
        long configured = 0;
        if (requests != null) {
            requests.asBlocking().consume(1, waiting);
        }
        if (tokens != null) {
            configured = Math.max(1, Math.min(inputTokens + outputTokens, tokensPerMinute));
            tokens.asBlocking().consume(configured, waiting);
        }
        long[] reserve = new long[Kind.values().length];
        reserve[Kind.REQUESTS.ordinal()] = 1;
        reserve[Kind.TOKENS.ordinal()] = inputTokens + outputTokens;
        reserve[Kind.INPUT_TOKENS.ordinal()] = inputTokens;
        reserve[Kind.OUTPUT_TOKENS.ordinal()] = outputTokens;
        while (true) {
            long wait;
            synchronized (this) {
                wait = waitFor(reserve);
                if (wait == 0) {
                    Permit permit = grant(reserve, configured);
                    current.set(permit);
                    return permit;
                }
                if (wait < 0) {
                    wait(); // for an answer, which settles or announces something
                    continue;
                }
            }
            sleep(wait);
        }
    }

    /** What the provider said in an answer's headers, read on the thread that made the call. */
    public void observe(Map<String, List<String>> headers) {
        List<Announced> announced = RateLimitHeaders.read(headers, ticker.now());
        synchronized (this) {
            answered = true;
            Permit permit = current.get();
            long now = ticker.nanoTime();
            for (Announced a : announced) {
                int k = a.kind().ordinal();
                Learned limit = learned.computeIfAbsent(a.kind(), kind -> new Learned());
                if (a.limit() != null && a.limit() > 0) {
                    limit.limit = a.limit();
                    if (a.kind() == Kind.REQUESTS) {
                        boolean first = spacing == 0;
                        spacing = MINUTE / a.limit();
                        if (first && permit != null) {
                            nextRequestAt = Math.max(nextRequestAt, permit.grantedAt + spacing);
                        }
                    }
                }
                if (a.remaining() != null) {
                    long notCounted = permit == null
                            ? outstanding[k]
                            : sent[k] - permit.sentBefore[k] - permit.reserved[k] + permit.outstandingBefore[k];
                    long left = a.remaining() - notCounted;
                    limit.left = limit.left == Long.MAX_VALUE ? left : Math.max(limit.left, left);
                    // Without a reset time, assume the count starts again within the minute.
                    long resetAt = now + (a.reset() == null ? MINUTE : a.reset().toNanos());
                    limit.resetAt = Math.max(limit.resetAt, resetAt);
                }
            }
            notifyAll();
        }
    }

    /** Settles a reservation with the tokens the call really used (0 when it failed). */
    public void settle(Permit permit, long used) {
        if (tokens != null) {
            if (used < permit.configuredTokens) {
                tokens.addTokens(permit.configuredTokens - used);
            } else if (used > permit.configuredTokens) {
                tokens.consumeIgnoringRateLimits(used - permit.configuredTokens);
            }
        }
        synchronized (this) {
            inFlight--;
            for (int k = 0; k < outstanding.length; k++) {
                outstanding[k] -= permit.reserved[k];
            }
            current.remove();
            notifyAll();
        }
    }

    /** 0: go now; a positive number of nanoseconds: sleep that long; negative: wait for an answer. */
    private long waitFor(long[] reserve) {
        if (!answered && inFlight > 0) {
            return -1;
        }
        long now = ticker.nanoTime();
        long wait = spacing > 0 && nextRequestAt != UNKNOWN ? Math.max(0, nextRequestAt - now) : 0;
        boolean forAnswer = false;
        for (Map.Entry<Kind, Learned> entry : learned.entrySet()) {
            Learned limit = entry.getValue();
            int k = entry.getKey().ordinal();
            if (limit.resetAt != UNKNOWN && now >= limit.resetAt) {
                limit.left = limit.limit > 0 ? limit.limit - outstanding[k] : Long.MAX_VALUE;
                limit.resetAt = UNKNOWN;
            }
            if (limit.left >= needed(limit, reserve[k])) {
                continue;
            }
            if (limit.resetAt != UNKNOWN) {
                wait = Math.max(wait, limit.resetAt - now);
            } else if (inFlight > 0) {
                forAnswer = true;
            } else {
                limit.left = limit.limit > 0 ? limit.limit : Long.MAX_VALUE; // nothing is under way to count
            }
        }
        return wait > 0 ? wait : forAnswer ? -1 : 0;
    }

    private Permit grant(long[] reserve, long configured) {
        long now = ticker.nanoTime();
        for (Map.Entry<Kind, Learned> entry : learned.entrySet()) {
            Learned limit = entry.getValue();
            if (limit.left != Long.MAX_VALUE) {
                limit.left -= needed(limit, reserve[entry.getKey().ordinal()]);
            }
        }
        if (spacing > 0) {
            nextRequestAt = Math.max(nextRequestAt == UNKNOWN ? now : nextRequestAt, now) + spacing;
        }
        Permit permit = new Permit(reserve, sent.clone(), outstanding.clone(), configured, now);
        for (int k = 0; k < reserve.length; k++) {
            sent[k] += reserve[k];
            outstanding[k] += reserve[k];
        }
        inFlight++;
        return permit;
    }

    /** A call larger than the whole limit waits for all of it, not forever. */
    private static long needed(Learned limit, long reserve) {
        return limit.limit > 0 ? Math.min(reserve, limit.limit) : reserve;
    }
}
