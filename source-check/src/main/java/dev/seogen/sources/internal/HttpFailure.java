package dev.seogen.sources.internal;

/** A request that got no HTTP answer, with why in words a reader understands. */
public final class HttpFailure extends Exception {
    public enum Kind {
        /** The host name does not resolve. */
        NO_HOST,
        /** No answer in time. */
        TIMEOUT,
        /** The connection could not be made or broke. */
        CONNECTION
    }

    private final Kind kind;

    public HttpFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
