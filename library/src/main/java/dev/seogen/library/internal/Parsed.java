package dev.seogen.library.internal;

import java.util.List;

/** What a reader found in a document: the metadata it gives about itself, and its paragraphs in order. */
public record Parsed(Metadata metadata, List<Block> blocks) {
    public Parsed {
        blocks = List.copyOf(blocks);
    }
}
