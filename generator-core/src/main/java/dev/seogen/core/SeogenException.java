package dev.seogen.core;

/**
 * The root of every exception seogen throws on purpose. Its message says what went wrong and what to do
 * next; the command line maps each subclass to an exit code.
 */
public class SeogenException extends RuntimeException {
    public SeogenException(String message) {
        super(message);
    }

    public SeogenException(String message, Throwable cause) {
        super(message, cause);
    }
}
