package dev.seogen.core.library;

import static java.util.Objects.requireNonNull;

/**
 * A passage a search found, with its score: higher is better, comparable only within one search (the
 * library fuses rankings, so the number is not a probability).
 */
public record FoundPassage(Passage passage, double score) {
    public FoundPassage {
        requireNonNull(passage, "passage");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("a score is a number");
        }
    }

    public LibraryDocument document() {
        return passage.document();
    }
}
