package dev.seogen.library;

import java.util.List;

/**
 * What {@code library index} did: the documents and passages now in the index, how many files it read
 * because they were new or changed, how many documents it dropped because their files are gone, and the
 * files it skipped (every run names them all, changed or not).
 */
public record IndexReport(int documents, int passages, int changed, int removed, List<SkippedFile> skipped) {
    public IndexReport {
        skipped = List.copyOf(skipped);
    }
}
