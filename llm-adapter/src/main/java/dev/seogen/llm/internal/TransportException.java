package dev.seogen.llm.internal;

import org.jspecify.annotations.Nullable;

/**
 * The HTTP exchange did not complete: the connection was refused or reset, or the answer did not arrive
 * before the deadline, or it was larger than allowed. LangChain4j passes it through unchanged, so the retry policy can tell which.
 */
public final class TransportException extends RuntimeException {
    /** What went wrong on the wire. */
    public enum Kind {
        REFUSED,
        RESET,
        DEADLINE,
        /** The answer is larger than llm.max-answer-size: asking again would bring the same. */
        TOO_LARGE
    }

    private final Kind kind;

    public TransportException(Kind kind, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
