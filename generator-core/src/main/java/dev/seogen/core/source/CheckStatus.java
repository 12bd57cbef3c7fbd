package dev.seogen.core.source;

import java.util.Locale;
import java.util.Optional;

/** What a check of one source found, as the front matter's {@code check: status} names it. */
public enum CheckStatus {
    /** The record exists and matches the source, or the URL answers 2xx. */
    OK,
    /** The URL answers 404 or 410, keeps failing with 5xx, or its host does not resolve. */
    DEAD,
    /** The registry says the DOI or arXiv id does not exist. */
    MISSING,
    /** The record exists, but its title, year or first author is not the one the source names. */
    MISMATCH,
    /** The check could not be completed: timeout, 403/429 or a bot wall, no network, a refused address. */
    UNKNOWN;

    /** The word written in drafts and printed: {@code ok}, {@code dead}, {@code missing}… */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CheckStatus> fromKey(String key) {
        for (CheckStatus status : values()) {
            if (status.key().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
