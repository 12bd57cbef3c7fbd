package dev.seogen.llm.internal;

import dev.seogen.llm.StructuredOutput;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The structured-output mode of a run: the configured one until the server refuses it (a 400 that names
 * {@code response_format} or the schema); then the next one, once, for every later call, and said in the log
 * and the run's notes.
 */
public final class OutputModes {
    private final Consumer<String> log;
    private StructuredOutput current;
    private @Nullable String change;

    public OutputModes(StructuredOutput configured, Consumer<String> log) {
        this.current = configured;
        this.log = log;
    }

    public synchronized StructuredOutput current() {
        return current;
    }

    /**
     * The server refused {@code refused}: the mode to use from now on, or null when there is nothing left to fall
     * back to (the prompt alone was refused).
     */
    public synchronized @Nullable StructuredOutput refused(StructuredOutput refused, String said) {
        if (current != refused) {
            return current; // another call already moved on
        }
        if (refused == StructuredOutput.PROMPT) {
            return null;
        }
        current = refused.fallback();
        change = "structured output: " + current.label() + ", chosen because the server refused " + refused.label()
                + " (" + said + "); set llm.structured-output: " + current.label() + " to skip the refused call";
        log.accept(change);
        return current;
    }

    /** What changed in this run, or null when the configured mode served throughout. */
    public synchronized @Nullable String change() {
        return change;
    }
}
