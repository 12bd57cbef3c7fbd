package dev.seogen.llm.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * An answer's body as text, read up to a number of bytes: a larger body is refused from its
 * {@code Content-Length}, or as soon as the bytes read pass the limit, so that no answer is held in memory
 * whole before it is found too large.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private final OptionalLong declared;
    private final Charset charset;
    private Flow.@Nullable Subscription subscription;

    BoundedBody(HttpResponse.ResponseInfo info, long limit) {
        this.limit = limit;
        this.declared = info.headers().firstValueAsLong("content-length");
        this.charset = charsetOf(info.headers().firstValue("content-type").orElse(""));
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declared.isPresent() && declared.getAsLong() > limit) {
            subscription.cancel();
            body.completeExceptionally(tooLarge(megabytes(declared.getAsLong())));
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > limit) {
                if (subscription != null) {
                    subscription.cancel();
                }
                String size = declared.isPresent() ? megabytes(declared.getAsLong()) : "more than " + megabytes(limit);
                body.completeExceptionally(tooLarge(size));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(charset));
    }

    private TransportException tooLarge(String size) {
        return new TransportException(
                TransportException.Kind.TOO_LARGE,
                "the answer of " + size + " is over llm.max-answer-size (" + megabytes(limit) + "); raise it"
                        + " (--max-answer-size, SEOGEN_LLM_MAX_ANSWER_SIZE) if the model is meant to answer this much",
                null);
    }

    static String megabytes(long bytes) {
        return bytes < 1_000_000
                ? String.format(Locale.ROOT, "%.1f KB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static Charset charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(
                            p.substring("charset=".length()).replace("\"", "").strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
