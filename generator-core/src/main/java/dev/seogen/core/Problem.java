package dev.seogen.core;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One thing wrong with a file a user gave us, located precisely enough to fix it: the file, the line
 * (0 when it concerns the whole file) and the field (empty when none applies).
 */
public record Problem(Path file, int line, String field, String message) {
    public Problem {
        requireNonNull(file, "file");
        requireNonNull(field, "field");
        requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or positive, got " + line);
        }
    }

    public static Problem ofFile(Path file, String message) {
        return new Problem(file, 0, "", message);
    }

    /** The compiler-style form editors can jump to: {@code topics.yaml:12: question: must not be blank}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
