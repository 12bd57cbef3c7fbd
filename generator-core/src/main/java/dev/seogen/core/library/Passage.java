package dev.seogen.core.library;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A stretch of a document, a paragraph or a few (about 100 to 200 words), with the headings it stands under
 * ({@code ["Resolution", "Caching"]}) and its position in the document (0 for the first passage), so that a
 * draft can name the very passages a section was written from.
 */
public record Passage(LibraryDocument document, int position, List<String> headings, String text) {
    public Passage {
        requireNonNull(document, "document");
        requireNonNull(text, "text");
        if (position < 0) {
            throw new IllegalArgumentException("a passage's position is 0 or more, got " + position);
        }
        headings = List.copyOf(headings);
    }

    /** "rfc/rfc1034.pdf#3": the document's path and the passage's position, as a draft records it. */
    public String reference() {
        return document.path() + "#" + position;
    }
}
