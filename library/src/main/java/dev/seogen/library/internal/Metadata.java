package dev.seogen.library.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seogen.core.library.LibraryDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The fields a document may give about itself (front matter, HTML head, PDF information) or that {@code
 * library.yaml} gives for it; any may be missing. {@link #over} lays one set on another: the fields it has win.
 */
public record Metadata(
        @Nullable String title,
        @Nullable List<String> authors,
        @Nullable Integer year,
        @Nullable String publisher,
        @Nullable String url,
        @Nullable String doi) {
    public static final List<String> FIELDS = List.of("title", "url", "authors", "year", "publisher", "doi");

    public static final Metadata NONE = new Metadata(null, null, null, null, null, null);

    public Metadata {
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        url = blankToNull(url);
        doi = blankToNull(doi);
        authors = authors == null ? null : List.copyOf(authors);
    }

    /** These fields where they are given, {@code under}'s where not. */
    public Metadata over(Metadata under) {
        return new Metadata(
                title != null ? title : under.title,
                authors != null ? authors : under.authors,
                year != null ? year : under.year,
                publisher != null ? publisher : under.publisher,
                url != null ? url : under.url,
                doi != null ? doi : under.doi);
    }

    public Metadata withTitle(@Nullable String fallback) {
        return title != null ? this : new Metadata(fallback, authors, year, publisher, url, doi);
    }

    /** The document at {@code path}, or {@link Unreadable} when no title is known. */
    public LibraryDocument toDocument(String path) throws Unreadable {
        if (title == null) {
            throw new Unreadable("it has no title; give it one (title: in its front matter, or under its path in"
                    + " library.yaml)");
        }
        return new LibraryDocument(path, title, authors == null ? List.of() : authors, year, publisher, url, doi);
    }

    /**
     * The fields of a YAML or JSON mapping ({@code title}, {@code url}, {@code authors} as a list or one name,
     * {@code year}, {@code publisher}, {@code doi}); other keys are ignored. A field of the wrong kind is an
     * {@link IllegalArgumentException} naming it.
     */
    public static Metadata of(JsonNode node) {
        return new Metadata(
                text(node, "title"),
                authors(node.get("authors")),
                year(node.get("year")),
                text(node, "publisher"),
                text(node, "url"),
                text(node, "doi"));
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(field + ": must be a single value, such as " + field + ": \"…\"");
        }
        return value.asText().strip();
    }

    private static @Nullable List<String> authors(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode name : value) {
                if (!name.isValueNode()) {
                    throw new IllegalArgumentException(
                            "authors: must be a list of names, such as [\"Mockapetris, P.\"]");
                }
                names.add(name.asText().strip());
            }
        } else if (value.isValueNode()) {
            names.add(value.asText().strip());
        } else {
            throw new IllegalArgumentException("authors: must be a list of names, such as [\"Mockapetris, P.\"]");
        }
        return names.stream().filter(n -> !n.isEmpty()).toList();
    }

    private static @Nullable Integer year(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        if (text.matches("\\d{1,4}")) {
            return Integer.parseInt(text);
        }
        throw new IllegalArgumentException("year: must be a year such as 1987, got '" + text + "'");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "title, url": the fields given, for messages. */
    public String given() {
        List<String> given = new ArrayList<>();
        if (title != null) given.add("title");
        if (url != null) given.add("url");
        if (authors != null) given.add("authors");
        if (year != null) given.add("year");
        if (publisher != null) given.add("publisher");
        if (doi != null) given.add("doi");
        return String.join(", ", given).toLowerCase(Locale.ROOT);
    }
}
