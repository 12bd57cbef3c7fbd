package dev.seogen.core.library;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a grounded draft records under a source: the library document it is ({@code library: dns/caching.md})
 * and the passages its sections were written from, so that a reviewer can see the evidence.
 */
public record SourceEvidence(String document, List<PassageExcerpt> passages) {
    public SourceEvidence {
        requireNonNull(document, "document");
        if (document.isBlank()) {
            throw new IllegalArgumentException("a source's library document is a path in the library, got ''");
        }
        passages = List.copyOf(passages);
    }
}
