package dev.seogen.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception seogen throws on purpose. Its message says what went wrong and what to do
 * next; the command line maps each subclass to an exit code.
 */
public class SeogenException extends RuntimeException {
    public SeogenException(String message) {
        super(message);
    }

    public SeogenException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
