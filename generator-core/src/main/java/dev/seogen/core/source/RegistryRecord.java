package dev.seogen.core.source;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What a registry (Crossref, arXiv) holds about an identifier, as far as the match needs it.
 *
 * @param firstAuthorFamily the first author's family name, when the record names one
 */
public record RegistryRecord(
        String title, @Nullable Integer year, @Nullable String firstAuthorFamily) {
    public RegistryRecord {
        requireNonNull(title, "title");
    }
}
