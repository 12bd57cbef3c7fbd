package dev.seogen.sources.internal;

import dev.seogen.sources.SourceCheckConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP client for every check: connections go to the pinned addresses, through the per-host gates, with
 * no redirect followed on its own (each hop is checked by the caller), and retries that honour Retry-After.
 */
public final class Http implements AutoCloseable {
    private static final int MAX_BODY = 2 * 1024 * 1024;

    private final CloseableHttpClient client;
    private final HostGates gates;
    private final Ticker ticker;
    private final int retries;
    private final Duration maxRetryWait;
    private final Duration firstBackoff;

    public Http(SourceCheckConfig config, PinnedDns dns, HostGates gates, Ticker ticker) {
        Timeout timeout = Timeout.of(config.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(dns)
                        .setMaxConnTotal(config.concurrency() * 2)
                        .setMaxConnPerRoute(config.perHostConcurrency() * 2)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
        this.gates = gates;
        this.ticker = ticker;
        this.retries = config.retries();
        this.maxRetryWait = config.maxRetryWait();
        this.firstBackoff = config.firstBackoff();
    }

    /**
     * Sends a HEAD or GET, again after a throttled (429, "Rate exceeded.") or failing (5xx) answer or a broken
     * connection, at most {@code retries} more times; answers the last reply.
     */
    public Reply send(String method, URI uri, Map<String, String> headers, Duration spacing, boolean readBody)
            throws HttpFailure, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Reply reply;
            try {
                reply = once(method, uri, headers, spacing, readBody);
            } catch (HttpFailure e) {
                if (e.kind() != HttpFailure.Kind.CONNECTION || attempt >= retries) {
                    throw e;
                }
                ticker.sleep(backoff(attempt));
                continue;
            }
            boolean again = reply.rateExceeded() || reply.status() >= 500;
            if (!again || attempt >= retries) {
                return reply;
            }
            Duration wait = retryAfter(reply.header("Retry-After")).orElse(backoff(attempt));
            if (wait.compareTo(maxRetryWait) > 0) {
                return reply; // asked to come back later than we wait: the check ends without an answer
            }
            ticker.sleep(wait);
        }
    }

    private Reply once(String method, URI uri, Map<String, String> headers, Duration spacing, boolean readBody)
            throws HttpFailure, InterruptedException {
        HttpUriRequestBase request = "HEAD".equals(method) ? new HttpHead(uri) : new HttpGet(uri);
        headers.forEach(request::setHeader);
        try (HostGates.Permit permit = gates.enter(uri.getHost(), spacing);
                ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            Map<String, String> names = new HashMap<>();
            for (Header header : response.getHeaders()) {
                names.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            String body = readBody ? body(response.getEntity()) : "";
            return new Reply(response.getCode(), names, body);
        } catch (UnknownHostException e) {
            throw new HttpFailure(HttpFailure.Kind.NO_HOST, "host " + uri.getHost() + " does not resolve", e);
        } catch (SocketTimeoutException e) {
            throw new HttpFailure(HttpFailure.Kind.TIMEOUT, "no answer from " + uri.getHost() + " in time", e);
        } catch (IOException e) {
            throw new HttpFailure(
                    HttpFailure.Kind.CONNECTION, "cannot reach " + uri.getHost() + ": " + e.getMessage(), e);
        }
    }

    private static String body(@Nullable HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        }
    }

    private Duration backoff(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt, 10));
    }

    /** Retry-After as seconds ("120") or an HTTP date. */
    static java.util.Optional<Duration> retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException unreadable) {
                return java.util.Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
    }
}
