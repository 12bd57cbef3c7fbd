package dev.seogen.core.draft;

import dev.seogen.core.Problem;
import java.util.List;

/** The headers of a drafts folder's drafts, sorted by path, and the files that did not read. */
public record DraftHeaders(List<DraftHeader> headers, List<Problem> unreadable) {
    public DraftHeaders {
        headers = List.copyOf(headers);
        unreadable = List.copyOf(unreadable);
    }
}
