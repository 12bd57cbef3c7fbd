package dev.seogen.cli;

/** The exit codes of every seogen command, as the README documents them. */
final class ExitCodes {
    /** Everything worked. */
    static final int OK = 0;
    /** The run finished, but some items failed; each is named in the report. */
    static final int SOME_FAILED = 1;
    /** Bad usage or bad input; nothing was written. */
    static final int BAD_INPUT = 2;
    /** The model endpoint cannot be used: unreachable, or the key is refused. */
    static final int MODEL_UNUSABLE = 3;
    /** A bug in seogen: the stack trace is printed so that it can be reported. */
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
