package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A numbered part of an article: a heading, its Markdown text (citing sources as {@code [n]}) and
 * optional sub-sections one level down.
 */
public record Section(String heading, String body, List<Section> subsections) {
    public Section {
        requireNonNull(heading, "heading");
        requireNonNull(body, "body");
        if (heading.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new IllegalArgumentException("a heading is one line of text without control characters, got '"
                    + heading.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        subsections = List.copyOf(subsections);
    }

    public Section(String heading, String body) {
        this(heading, body, List.of());
    }
}
