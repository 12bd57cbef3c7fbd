package dev.seogen.core.review;

import static java.util.Objects.requireNonNull;

/**
 * One thing lint found in a draft: the rule, its severity, the draft's id and path (relative to the drafts
 * folder), where in the draft ("title", "section 2", "source [3]"), what to fix, and the line of the draft
 * file it is about (0 while not known; see {@link FindingLines}).
 */
public record Finding(
        String rule, Severity severity, String draftId, String draft, String location, String message, int line) {
    public Finding {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        requireNonNull(draftId, "draftId");
        requireNonNull(draft, "draft");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (not known) or more, got " + line);
        }
    }

    /** A finding whose line is not known yet. */
    public Finding(String rule, Severity severity, String draftId, String draft, String location, String message) {
        this(rule, severity, draftId, draft, location, message, 0);
    }

    public Finding withLine(int newLine) {
        return new Finding(rule, severity, draftId, draft, location, message, newLine);
    }

    /** {@code draft:line} when the line is known, else the draft's path: how compilers name a place. */
    public String place() {
        return line > 0 ? draft + ":" + line : draft;
    }
}
