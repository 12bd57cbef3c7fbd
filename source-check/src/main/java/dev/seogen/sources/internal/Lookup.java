package dev.seogen.sources.internal;

import dev.seogen.core.source.RegistryRecord;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What asking a registry or a web server found, before it is compared with what the source claims: the
 * part that is cached, since the same DOI may be cited under different titles.
 */
public record Lookup(
        Outcome outcome,
        String detail,
        @Nullable RegistryRecord record,
        @Nullable String finalUrl,
        Instant checkedAt) {
    public enum Outcome {
        /** The registry holds a record. */
        FOUND,
        /** The registry says there is no such identifier. */
        MISSING,
        /** The URL answered 2xx. */
        REACHABLE,
        /** The URL answered 404/410 or kept failing with 5xx. */
        DEAD,
        /** The host's name does not resolve: dead, or no network at all. */
        NO_HOST,
        /** No answer could be had. */
        UNKNOWN
    }

    /** Whether a later run may reuse it: what a registry or server said, not a failure to ask. */
    public boolean lasting() {
        return outcome != Outcome.UNKNOWN && outcome != Outcome.NO_HOST;
    }
}
