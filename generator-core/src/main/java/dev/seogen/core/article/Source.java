package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A work an article cites, named precisely enough to be found: the body cites it as {@code [id]}.
 * A source may have a URL, a DOI, both, or neither (a book named by its publisher): models are told never
 * to invent an address. Whether links are well formed is for lint to say, so that a draft written by hand
 * with a bad link still reads.
 */
public record Source(
        int id,
        String title,
        List<String> authors,
        @Nullable Integer year,
        @Nullable String publisher,
        @Nullable String url,
        @Nullable String doi) {
    public Source {
        if (id < 1) {
            throw new IllegalArgumentException("a source id is a positive number (cited as [1], [2]…), got " + id);
        }
        requireNonNull(title, "title");
        authors = List.copyOf(authors);
    }

    /** "Vaswani, A., Shazeer, N. (2017). Attention Is All You Need. arXiv": how a reference list names it. */
    public String reference() {
        StringBuilder text = new StringBuilder();
        if (!authors.isEmpty()) {
            text.append(String.join(", ", authors)).append(' ');
        }
        if (year != null) {
            text.append('(').append(year).append("). ");
        }
        text.append(title);
        if (publisher != null && !publisher.isBlank()) {
            text.append(". ").append(publisher);
        }
        return text.toString();
    }

    /** Where a reader can follow it: its URL when that is an http(s) one, else its DOI's resolver address, else "". */
    public String link() {
        if (url != null
                && (url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7))) {
            return url;
        }
        return doi != null && doi.matches("10\\.\\d{4,9}/\\S+") ? "https://doi.org/" + doi : "";
    }
}
