package dev.seogen.llm.internal;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.llm.ApiKey;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.StructuredOutput;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Puts the cache, the rate limits, the concurrency bound and the retries around a {@link Chat}, in that
 * order: a cached answer costs nothing and waits for nothing; every call that reaches the endpoint has been
 * paced and is retried as {@link Failure} says. The API key is taken out of every answer's text here.
 */
public final class ResilientChat implements Chat {
    /** Never wait longer than this between two tries, whatever a server asks. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final Chat chat;
    private final LlmConfig config;
    private final @Nullable ResponseCache cache;
    private final RateLimiter limiter;
    private final Semaphore slots;
    private final Retry retry;
    private final ContextWindow context;
    private final Consumer<String> log;

    public ResilientChat(
            Chat chat,
            LlmConfig config,
            @Nullable ResponseCache cache,
            RateLimiter limiter,
            ContextWindow context,
            Consumer<String> log) {
        this.chat = chat;
        this.config = config;
        this.cache = cache;
        this.limiter = limiter;
        this.context = context;
        this.log = log;
        this.slots = new Semaphore(config.concurrency(), true);
        this.retry = Retry.of("model", retryConfig(config));
        // --verbose: every failed try, with its cause and what happens next.
        retry.getEventPublisher()
                .onRetry(event -> log.accept("✗ try " + event.getNumberOfRetryAttempts() + " failed ("
                        + cause(event.getLastThrowable()) + "); trying again in "
                        + event.getWaitInterval().toMillis() + " ms"))
                .onError(event -> log.accept("✗ try " + event.getNumberOfRetryAttempts() + " failed ("
                        + cause(event.getLastThrowable()) + "); no more tries"));
    }

    private String cause(@Nullable Throwable thrown) {
        return thrown == null
                ? "unknown"
                : Failure.of(thrown).redacted(config.apiKey()).summary();
    }

    /** The retry's events, for tests that check how long it waited. */
    public Retry retry() {
        return retry;
    }

    @Override
    public ChatReply send(ChatCall call) {
        if (cache != null) {
            var cached = cache.get(call);
            if (cached.isPresent()) {
                return cached.get().redacted(config.apiKey()); // kept before keys were taken out
            }
        }
        ChatReply reply;
        AtomicInteger attempts = new AtomicInteger();
        try {
            reply = retry.executeSupplier(() -> {
                attempts.incrementAndGet();
                return paced(call);
            });
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw afterRetries(e, attempts.get(), call);
        }
        context.observe(call.characters(), reply.usage().input());
        reply = reply.afterTries(attempts.get());
        // A model that echoes the key (a prompt injection, a proxy's error page) must not carry it into drafts,
        // the cache, error messages or the repair conversation: it goes here, before anything reads the text.
        reply = reply.redacted(config.apiKey());
        if (cache != null) {
            try {
                cache.put(call, reply);
            } catch (UncheckedIOException e) {
                throw new ModelException(
                        "the answer could not be kept in the cache (" + e.getMessage()
                                + "); check the disk, or run with --no-cache",
                        e,
                        attempts.get(),
                        reply.usage(),
                        BigDecimal.ZERO);
            }
        }
        return reply;
    }

    /** Drops a cached answer that turned out unusable, so that the next run asks again. */
    @Override
    public void forget(ChatCall call) {
        if (cache != null) {
            cache.forget(call);
        }
    }

    private ChatReply paced(ChatCall call) {
        try {
            RateLimiter.Permit permit = limiter.acquire(call.estimatedInputTokens(), call.maxOutputTokens());
            long used = 0;
            try {
                slots.acquire();
                try {
                    ChatReply reply = chat.send(call);
                    used = reply.usage().total();
                    return reply;
                } finally {
                    slots.release();
                }
            } finally {
                limiter.settle(permit, used); // a call that failed gives its whole reservation back
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for the rate limit", e);
        }
    }

    private ModelException afterRetries(RuntimeException e, int attempts, ChatCall call) {
        Failure failure = Failure.of(e).redacted(config.apiKey());
        String where = config.baseUrl();
        if (failure.kind() == Failure.Kind.FORMAT_REFUSED && call.mode() != StructuredOutput.PROMPT) {
            return new FormatRefused(failure.summary(), e, attempts);
        }
        return switch (failure.kind()) {
            case FATAL, FORMAT_REFUSED ->
                new ModelUnusableException(fatalMessage(failure, where), e, attempts, TokenUsage.NONE, BigDecimal.ZERO);
            case UNREACHABLE ->
                new ModelUnusableException(
                        "cannot reach " + where + " (" + failure.summary() + "); is the server running and the base URL"
                                + " right (llm.base-url, SEOGEN_LLM_BASE_URL)?",
                        e,
                        attempts,
                        TokenUsage.NONE,
                        BigDecimal.ZERO);
            case TOO_LONG ->
                new ModelException(
                        java.util.Objects.requireNonNull(failure.overflow())
                                .message(
                                        context.estimate(call.messages()),
                                        context.tokens().orElse(-1)),
                        e,
                        attempts,
                        TokenUsage.NONE,
                        BigDecimal.ZERO);
            case RETRY ->
                new ModelException(retryMessage(failure, attempts), e, attempts, TokenUsage.NONE, BigDecimal.ZERO);
            case FAILED ->
                new ModelException(
                        "the model call failed: " + failure.summary(), e, attempts, TokenUsage.NONE, BigDecimal.ZERO);
        };
    }

    private static String retryMessage(Failure failure, int attempts) {
        if (failure.asksTooLongAWait()) {
            return "the provider asks to wait "
                    + failure.requestedWait().orElseThrow().toMinutes()
                    + " min before the next call; run again later. It said: " + failure.summary();
        }
        String message = "the endpoint kept failing after " + attempts + " tries: " + failure.summary();
        return Integer.valueOf(429).equals(failure.status())
                ? message + "; set llm.requests-per-minute or llm.tokens-per-minute below the provider's limits, or"
                        + " lower llm.concurrency"
                : message;
    }

    private String fatalMessage(Failure failure, String where) {
        Integer status = failure.status();
        String check;
        if (status == null) {
            check = "check the settings";
        } else if (status == 401 || status == 403) {
            check = refusedKey(config.apiKey());
        } else if (status == 404) {
            check = "no such model or address; check the model name (llm.model) and the base URL (llm.base-url)";
        } else if (status == 429) {
            check = "the account has no quota left; check the plan and billing with the provider";
        } else {
            check = "the provider refused the request; check the model name and the settings";
        }
        return where + " answered " + failure.summary() + "\n" + check + ". Nothing more will be sent in this run.";
    }

    /** What to check after a 401 or 403: the key that was sent, named by where it came from, or that none was. */
    private String refusedKey(ApiKey key) {
        if (!key.isPresent()) {
            return "no API key was sent" + (key.origin().isEmpty() ? "" : " (" + key.origin() + ")")
                    + "; set SEOGEN_LLM_API_KEY, or name a key file in llm.api-key-file";
        }
        if (!key.origin().isEmpty()) {
            return "the API key from " + key.origin() + " was refused; check it, or set the right one in"
                    + " SEOGEN_LLM_API_KEY or llm.api-key-file";
        }
        return "the API key was refused; check SEOGEN_LLM_API_KEY (or "
                + config.provider().keyVariable() + ", or llm.api-key-file)";
    }

    private static RetryConfig retryConfig(LlmConfig config) {
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(config.firstBackoff(), 2.0, 0.5, Duration.ofMinutes(1));
        IntervalBiFunction<Object> wait = (attempt, outcome) -> {
            Duration asked = outcome.isLeft()
                    ? Failure.of(outcome.getLeft()).requestedWait().orElse(null)
                    : null;
            long millis = asked != null ? asked.toMillis() : backoff.apply(attempt);
            return Math.min(millis, LONGEST_WAIT.toMillis());
        };
        return RetryConfig.custom()
                .maxAttempts(config.retries() + 1)
                .retryOnException(thrown -> Failure.of(thrown).isRetriable())
                .intervalBiFunction(wait)
                .failAfterMaxAttempts(false)
                .build();
    }
}
