package dev.seogen.core.source;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one source, as kept in the draft under the source as {@code check:}.
 *
 * @param how what was checked; {@code null} when the source carries nothing to check
 * @param detail what was seen, for a reader: "HTTP 404", "Crossref has no record of 10.1234/x", "title on
 *     record: …"
 * @param resolvedTitle the registry's title, when a registry answered with a record
 * @param finalUrl where the source really is: the DOI's or arXiv's page, or the URL after redirects
 */
public record SourceCheck(
        CheckStatus status,
        Instant checkedAt,
        @Nullable CheckMethod how,
        String detail,
        @Nullable String resolvedTitle,
        @Nullable String finalUrl) {
    public SourceCheck {
        requireNonNull(status, "status");
        requireNonNull(checkedAt, "checkedAt");
        requireNonNull(detail, "detail");
    }

    public boolean ok() {
        return status == CheckStatus.OK;
    }

    /** A check that could not be completed, with why. */
    public static SourceCheck unknown(Instant checkedAt, @Nullable CheckMethod how, String detail) {
        return new SourceCheck(CheckStatus.UNKNOWN, checkedAt, how, detail, null, null);
    }
}
