package dev.seogen.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.seogen.llm.ApiKey;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a failed call means for the next one: wait as told and retry (429), back off and retry (5xx, 408,
 * timeouts, resets, refused connections), or stop, because no retry can help (400, 401, 403, 404,
 * {@code insufficient_quota}). Reads the cause chain, where LangChain4j keeps our transport's exceptions.
 */
public record Failure(
        Kind kind,
        String summary,
        @Nullable Duration retryAfter,
        @Nullable Integer status,
        @Nullable ContextOverflow overflow) {
    /** How a failure is handled. */
    public enum Kind {
        /** Retry after the wait the provider asked for, or the back-off. */
        RETRY,
        /** Retry; if every attempt fails this way, the endpoint cannot be reached at all. */
        UNREACHABLE,
        /** No retry can succeed; the run stops. */
        FATAL,
        /** This call cannot succeed; the article fails, the batch goes on. */
        FAILED,
        /** The prompt does not fit the model's context: this step of this article fails, the batch goes on. */
        TOO_LONG,
        /** A 400 about the response format or the schema: another structured-output mode may be accepted. */
        FORMAT_REFUSED
    }

    private static final java.util.regex.Pattern ABOUT_FORMAT = java.util.regex.Pattern.compile(
            "(?i)response_format|json_schema|json schema|output_config|output_format|structured output|grammar");

    public static Failure of(Throwable thrown) {
        HttpException http = find(thrown, HttpException.class);
        if (http != null) {
            return ofStatus(http);
        }
        if (find(thrown, UnresolvedModelServerException.class) != null
                || find(thrown, UnresolvedAddressException.class) != null) {
            return new Failure(Kind.UNREACHABLE, "unknown host", null, null, null);
        }
        if (find(thrown, JsonProcessingException.class) != null) {
            return new Failure(
                    Kind.FATAL,
                    "the server's answer is not an API answer (an HTML page, a proxy?);"
                            + " check the base URL, which ends in /v1 for OpenAI-compatible servers",
                    null,
                    null,
                    null);
        }
        TransportException transport = find(thrown, TransportException.class);
        if (transport != null) {
            Kind kind = switch (transport.kind()) {
                case REFUSED -> Kind.UNREACHABLE;
                case TOO_LARGE -> Kind.FAILED;
                case RESET, DEADLINE -> Kind.RETRY;
            };
            return new Failure(kind, transport.getMessage(), null, null, null);
        }
        return new Failure(
                Kind.FAILED, thrown.getClass().getSimpleName() + ": " + thrown.getMessage(), null, null, null);
    }

    /** The same failure with the API key taken out of what the server said. */
    public Failure redacted(ApiKey key) {
        return new Failure(kind, key.redact(summary), retryAfter, status, overflow);
    }

    /** Worth another try: not when the provider asks for a wait longer than a batch should sit idle. */
    public boolean isRetriable() {
        return (kind == Kind.RETRY || kind == Kind.UNREACHABLE) && !asksTooLongAWait();
    }

    public boolean asksTooLongAWait() {
        return retryAfter != null && retryAfter.compareTo(ResilientChat.LONGEST_WAIT) > 0;
    }

    public Optional<Duration> requestedWait() {
        return Optional.ofNullable(retryAfter);
    }

    private static Failure ofStatus(HttpException http) {
        int status = http.statusCode();
        String body = String.valueOf(http.getMessage());
        String summary = "HTTP " + status + ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        Duration wait = http instanceof HttpStatusException withHeaders
                ? withHeaders.retryAfter().orElse(null)
                : null;
        boolean quota = http instanceof HttpStatusException withHeaders && withHeaders.isQuotaExhausted();
        var overflow = ContextOverflow.of(status, body);
        if (overflow.isPresent()) {
            return new Failure(Kind.TOO_LONG, summary, null, status, overflow.get());
        }
        if (status == 429 && !quota) {
            return new Failure(Kind.RETRY, summary, wait, status, null);
        }
        if (status == 400 && ABOUT_FORMAT.matcher(body).find()) {
            return new Failure(Kind.FORMAT_REFUSED, summary, null, status, null);
        }
        if (status == 408 || status >= 500) {
            return new Failure(Kind.RETRY, summary, wait, status, null);
        }
        return new Failure(Kind.FATAL, summary, null, status, null);
    }

    private static <T extends Throwable> @Nullable T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
