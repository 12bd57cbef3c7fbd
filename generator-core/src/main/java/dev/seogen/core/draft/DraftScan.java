package dev.seogen.core.draft;

import dev.seogen.core.Problem;
import java.util.List;

/** What a drafts folder holds: the drafts that read, sorted by path, and the files that did not. */
public record DraftScan(List<Draft> drafts, List<Problem> unreadable) {
    public DraftScan {
        drafts = List.copyOf(drafts);
        unreadable = List.copyOf(unreadable);
    }
}
