package dev.seogen.core.library;

import static java.util.Objects.requireNonNull;

/**
 * A passage a section was written from, as the draft records it: its position in the document (0 for the
 * first), the heading it stands under ("" when none) and the start of its text, enough for a reviewer to find
 * it and for a check to tell that the index still holds the same passage there.
 */
public record PassageExcerpt(int position, String heading, String text) {
    /** The most of a passage's text a draft keeps. */
    public static final int MAX_TEXT = 240;

    public PassageExcerpt {
        if (position < 0) {
            throw new IllegalArgumentException("a passage's position is 0 or more, got " + position);
        }
        requireNonNull(heading, "heading");
        requireNonNull(text, "text");
    }

    /** The excerpt of {@code passage}: its innermost heading and at most {@link #MAX_TEXT} characters of text. */
    public static PassageExcerpt of(Passage passage) {
        String flat = passage.text().replaceAll("\\s+", " ").strip();
        String text = flat.length() <= MAX_TEXT
                ? flat
                : flat.substring(0, MAX_TEXT - 1).stripTrailing() + "…";
        String heading = passage.headings().isEmpty()
                ? ""
                : passage.headings().get(passage.headings().size() - 1);
        return new PassageExcerpt(passage.position(), heading, text);
    }

    /** Whether {@code passage} is the one this excerpt was taken from (same position, same start). */
    public boolean matches(Passage passage) {
        if (passage.position() != position) {
            return false;
        }
        String flat = passage.text().replaceAll("\\s+", " ").strip();
        String start = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
        return flat.startsWith(start);
    }
}
