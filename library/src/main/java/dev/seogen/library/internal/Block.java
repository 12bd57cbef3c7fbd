package dev.seogen.library.internal;

import java.util.List;

/** A paragraph of a document (or a list item, a table cell, a code block), under its headings. */
public record Block(List<String> headings, String text) {
    public Block {
        headings = List.copyOf(headings);
    }
}
