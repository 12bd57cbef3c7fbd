package dev.seogen.core.review;

import static java.util.Objects.requireNonNull;

/**
 * One thing lint found in a draft: the rule, its severity, the draft's id and path (relative to the drafts
 * folder), where in the draft ("title", "section 2", "source [3]"), and what to fix.
 */
public record Finding(String rule, Severity severity, String draftId, String draft, String location, String message) {
    public Finding {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        requireNonNull(draftId, "draftId");
        requireNonNull(draft, "draft");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
    }
}
