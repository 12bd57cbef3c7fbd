package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.library.Passage;

/** A passage a grounded section is written from, and the source id the section cites it by ({@code [n]}). */
public record GivenPassage(int sourceId, Passage passage) {
    public GivenPassage {
        if (sourceId < 1) {
            throw new IllegalArgumentException("a source id is 1 or more, got " + sourceId);
        }
        requireNonNull(passage, "passage");
    }
}
