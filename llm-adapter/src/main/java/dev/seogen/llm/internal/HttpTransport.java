package dev.seogen.llm.internal;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.seogen.llm.ApiKey;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The HTTP client LangChain4j calls, over the JDK's: HTTP/1.1 only (the h2c upgrade hangs some local
 * servers), one deadline for the whole answer including a body that trickles in, error answers with their
 * headers, and an optional log that never shows the API key.
 */
public final class HttpTransport implements HttpClient {
    /** The most of a request's or an answer's body shown in the log (--verbose); the rest is cut, and said so. */
    public static final int LOGGED_BODY = 2_000;

    private final java.net.http.HttpClient client;
    private final Duration deadline;
    private final long maxAnswerBytes;
    private final ApiKey key;
    private final Consumer<String> log;
    private final Consumer<Map<String, List<String>>> answered;

    /**
     * @param answered receives the headers of every answer, errors included, on the calling thread (the rate
     *     limiter reads the provider's limits from them)
     * @param maxAnswerBytes the largest answer body read; a larger one fails the call as it arrives
     */
    public HttpTransport(
            Duration deadline,
            long maxAnswerBytes,
            ApiKey key,
            Consumer<String> log,
            Consumer<Map<String, List<String>>> answered) {
        this.client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(deadline)
                .build();
        this.deadline = deadline;
        this.maxAnswerBytes = maxAnswerBytes;
        this.key = key;
        this.log = log;
        this.answered = answered;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        long started = System.nanoTime();
        log.accept("→ " + request.method() + " " + request.url() + " (" + length(request.body()) + " bytes)"
                + (request.body() == null ? "" : ": " + shorten(key.redact(request.body()))));
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (TransportException e) {
            log.accept(
                    "✗ " + request.method() + " " + request.url() + ": " + key.redact(String.valueOf(e.getMessage())));
            throw e;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String body = response.body() == null ? "" : response.body();
        // Redacted whole, then cut: a key across the cut would otherwise be shown all but its last characters.
        log.accept("← " + response.statusCode() + " in " + millis + " ms: " + shorten(key.redact(body)));
        Map<String, List<String>> headers = response.headers().map();
        answered.accept(headers);
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new HttpStatusException(response.statusCode(), headers, key.redact(body));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(headers)
                .body(body)
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("seogen does not stream answers");
    }

    private HttpResponse<String> send(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method().name(), bodyOf(request));
        request.headers()
                .forEach((name, values) -> values.forEach(value -> {
                    try {
                        builder.header(name, value);
                    } catch (IllegalArgumentException e) {
                        // The JDK's message quotes the value, which may be the API key.
                        throw new IllegalArgumentException("the header " + name + " has a character HTTP cannot send");
                    }
                }));
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(builder.build(), info -> new BoundedBody(info, maxAnswerBytes));
        try {
            // The JDK's request timeout stops at the headers; this deadline also covers a slow body.
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TransportException(
                    TransportException.Kind.DEADLINE, "no complete answer within " + seconds(deadline), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.DEADLINE, "interrupted while waiting", e);
        } catch (ExecutionException e) {
            throw transportFailure(e.getCause());
        }
    }

    private static TransportException transportFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TransportException ours) {
                return ours; // the answer was too large
            }
            if (t instanceof UnresolvedAddressException) {
                // Without the cause: LangChain4j would otherwise put its own exception in place of ours.
                return new TransportException(TransportException.Kind.REFUSED, "unknown host", null);
            }
        }
        if (cause instanceof ConnectException && !(cause instanceof HttpConnectTimeoutException)) {
            return new TransportException(TransportException.Kind.REFUSED, "connection refused", cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new TransportException(TransportException.Kind.DEADLINE, "connection timed out", cause);
        }
        String what = cause instanceof IOException ? "connection lost: " + cause.getMessage() : String.valueOf(cause);
        return new TransportException(TransportException.Kind.RESET, what, cause);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }

    private static java.net.http.HttpRequest.BodyPublisher bodyOf(HttpRequest request) {
        return request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
    }

    private static int length(String body) {
        return body == null ? 0 : body.length();
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= LOGGED_BODY
                ? flat
                : flat.substring(0, LOGGED_BODY) + "… (" + (flat.length() - LOGGED_BODY) + " more characters)";
    }
}
