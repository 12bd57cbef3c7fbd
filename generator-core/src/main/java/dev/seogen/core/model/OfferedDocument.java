package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import java.util.List;

/**
 * A library document offered to a grounded outline, numbered for the model to choose by ({@code 1, 2, 3…}),
 * with the passages that made the search find it: the model sees these, never writes the document's metadata.
 */
public record OfferedDocument(int number, LibraryDocument document, List<Passage> passages) {
    public OfferedDocument {
        if (number < 1) {
            throw new IllegalArgumentException("an offered document's number is 1 or more, got " + number);
        }
        requireNonNull(document, "document");
        passages = List.copyOf(passages);
    }
}
