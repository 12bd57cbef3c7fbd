package dev.seogen.core.library;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One document of the library, named as a reference list names it: its path in the library ({@code
 * rfc/rfc1034.pdf}, with {@code /} on every system), and the metadata from its front matter, its HTML head,
 * its PDF information or {@code library.yaml}. A document without a URL is cited by title alone.
 */
public record LibraryDocument(
        String path,
        String title,
        List<String> authors,
        @Nullable Integer year,
        @Nullable String publisher,
        @Nullable String url,
        @Nullable String doi) {
    public LibraryDocument {
        requireNonNull(path, "path");
        requireNonNull(title, "title");
        if (path.isBlank() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException(
                    "a document's path is relative to the library, with '/' between folders, got '" + path + "'");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("document " + path + " has no title");
        }
        authors = List.copyOf(authors);
    }

    /** The draft's source {@code [id]} for this document: every field from the library, none from a model. */
    public Source toSource(int id) {
        return new Source(id, title, authors, year, publisher, url, doi);
    }
}
