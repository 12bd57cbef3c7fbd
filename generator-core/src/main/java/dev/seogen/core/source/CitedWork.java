package dev.seogen.core.source;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a source claims, as a checker needs it: the identity to compare (title, authors, year) and the
 * identifiers to look up. A draft's {@link Source} has no arXiv field yet; {@link #of(Source, String)} takes
 * one from wherever the draft keeps it.
 */
public record CitedWork(
        String title,
        List<String> authors,
        @Nullable Integer year,
        @Nullable String doi,
        @Nullable String arxiv,
        @Nullable String url) {
    public CitedWork {
        requireNonNull(title, "title");
        authors = List.copyOf(authors);
        doi = blankToNull(doi);
        arxiv = blankToNull(arxiv);
        url = blankToNull(url);
    }

    public static CitedWork of(Source source) {
        return of(source, null);
    }

    public static CitedWork of(Source source, @Nullable String arxiv) {
        return new CitedWork(source.title(), source.authors(), source.year(), source.doi(), arxiv, source.url());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
