package dev.seogen.llm.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The limits a provider announces on every answer, errors included. OpenAI and the servers that copy it send
 * {@code x-ratelimit-limit-requests}, {@code x-ratelimit-remaining-requests}, {@code x-ratelimit-reset-requests}
 * (a Go duration such as {@code 6m0s}) and the same for tokens; Anthropic sends
 * {@code anthropic-ratelimit-requests-limit}, {@code -remaining} and {@code -reset} (an RFC 3339 time) for
 * requests, tokens, input tokens and output tokens. A value that does not read is ignored.
 */
final class RateLimitHeaders {
    /** What a limit counts. */
    enum Kind {
        REQUESTS("requests"),
        TOKENS("tokens"),
        INPUT_TOKENS("input-tokens"),
        OUTPUT_TOKENS("output-tokens");

        private final String header;

        Kind(String header) {
            this.header = header;
        }
    }

    /** One announced limit: how many in all, how many left, and when the count starts again. */
    record Announced(
            Kind kind,
            @Nullable Long limit,
            @Nullable Long remaining,
            @Nullable Duration reset) {}

    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|h|m|s)");

    private RateLimitHeaders() {}

    /** The limits in {@code headers}; {@code now} is the wall time, for Anthropic's reset times. */
    static List<Announced> read(Map<String, List<String>> headers, Instant now) {
        Map<String, List<String>> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        named.putAll(headers);
        List<Announced> announced = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            String openAi = "x-ratelimit-%s-" + kind.header;
            String anthropic = "anthropic-ratelimit-" + kind.header + "-%s";
            Long limit = number(first(named, openAi.formatted("limit")))
                    .or(() -> number(first(named, anthropic.formatted("limit"))))
                    .orElse(null);
            Long remaining = number(first(named, openAi.formatted("remaining")))
                    .or(() -> number(first(named, anthropic.formatted("remaining"))))
                    .orElse(null);
            Duration reset = first(named, openAi.formatted("reset"))
                    .flatMap(RateLimitHeaders::goDuration)
                    .or(() -> first(named, anthropic.formatted("reset")).flatMap(v -> until(v, now)))
                    .orElse(null);
            if (limit != null || remaining != null) {
                announced.add(new Announced(kind, limit, remaining, reset));
            }
        }
        return announced;
    }

    /** {@code 1s}, {@code 6m0s}, {@code 20ms}, {@code 1m30.5s}, or a plain number of seconds. */
    static Optional<Duration> goDuration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(Duration.ofNanos((long) (Double.parseDouble(value) * 1e9)));
        }
        Matcher part = GO_DURATION_PART.matcher(value);
        double nanos = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            double amount = Double.parseDouble(part.group(1));
            nanos += amount
                    * switch (part.group(2)) {
                        case "h" -> 3600e9;
                        case "m" -> 60e9;
                        case "s" -> 1e9;
                        case "ms" -> 1e6;
                        case "us", "µs" -> 1e3;
                        default -> 1;
                    };
            end = part.end();
        }
        if (end == 0 || end != value.length() || nanos > Duration.ofDays(1).toNanos()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) nanos));
    }

    private static Optional<Duration> until(String time, Instant now) {
        try {
            Duration wait =
                    Duration.between(now, OffsetDateTime.parse(time.strip()).toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Long> number(Optional<String> text) {
        try {
            return text.map(String::strip).map(Long::parseLong).filter(n -> n >= 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
