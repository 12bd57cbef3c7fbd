package dev.seogen.review.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The server's defences, as a local server needs them against other web pages in the same browser: every
 * request must name the server itself in {@code Host} (a DNS-rebinding page names its own host), a request
 * from a page carries {@code Origin}, which must be the server's; and every request that changes anything
 * carries the per-run token of the server's own forms. Anything else is refused with 403 and why.
 */
final class Guard {
    static final String TOKEN_FIELD = "token";

    private final String token;
    private final IntSupplier port;

    Guard(IntSupplier port) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
        this.port = port;
    }

    String token() {
        return token;
    }

    /** Why {@code ctx} is refused, or null when it may go on. */
    @Nullable
    String refusal(Context ctx) {
        List<String> hosts = List.of("127.0.0.1:" + port.getAsInt(), "localhost:" + port.getAsInt());
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return "Refused: the Host header (" + (host == null ? "none" : host) + ") is not this server's own"
                    + " address (" + hosts.get(0) + "). Open http://" + hosts.get(0) + "/ instead.";
        }
        String origin = ctx.header("Origin");
        if (origin != null
                && !List.of("http://" + hosts.get(0), "http://" + hosts.get(1)).contains(origin)) {
            return "Refused: the request comes from another site (Origin " + origin + "); only this server's own"
                    + " pages may change drafts.";
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !tokenMatches(ctx)) {
            return "Refused: the form's token is missing or out of date (the server was restarted, or the request"
                    + " did not come from its pages). Reload the page and try again.";
        }
        return null;
    }

    private boolean tokenMatches(Context ctx) {
        String given = ctx.formParam(TOKEN_FIELD);
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
