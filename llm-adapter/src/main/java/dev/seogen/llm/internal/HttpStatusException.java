package dev.seogen.llm.internal;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP error answer with its headers, which LangChain4j's own {@link HttpException} drops: we need
 * {@code Retry-After} to wait as long as the provider asks. LangChain4j keeps it as the cause of the
 * exception it maps the status to.
 */
public final class HttpStatusException extends HttpException {
    private final Map<String, List<String>> headers;

    public HttpStatusException(int statusCode, Map<String, List<String>> headers, String body) {
        super(statusCode, body);
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = copy;
    }

    /** How long the provider asks us to wait: {@code retry-after-ms}, else {@code Retry-After} in seconds. */
    public Optional<Duration> retryAfter() {
        Optional<Duration> millis = header("retry-after-ms").flatMap(v -> parse(v, 1));
        return millis.isPresent() ? millis : header("retry-after").flatMap(v -> parse(v, 1000));
    }

    /** OpenAI says {@code insufficient_quota} in the body of a 429 that no waiting will cure. */
    public boolean isQuotaExhausted() {
        return statusCode() == 429
                && String.valueOf(getMessage()).toLowerCase(Locale.ROOT).contains("insufficient_quota");
    }

    private Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.get(0).strip());
    }

    private static Optional<Duration> parse(String value, long millisPerUnit) {
        try {
            double units = Double.parseDouble(value);
            return units < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) (units * millisPerUnit)));
        } catch (NumberFormatException e) {
            return httpDate(value);
        }
    }

    /** {@code Retry-After: Wed, 21 Oct 2026 07:28:00 GMT}: the time from now until then. */
    private static Optional<Duration> httpDate(String value) {
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(Instant.now(), until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // unreadable: the exponential back-off applies
        }
    }
}
