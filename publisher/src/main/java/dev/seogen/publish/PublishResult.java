package dev.seogen.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publish wrote: how many articles and files, how many of them changed, how many of its own pages went
 * away; the files of the site folder that seogen did not write (listed when it had no record of the folder
 * yet, or on a full publish), which it leaves alone; and the languages of pages that have no message bundle,
 * whose theme words are in English.
 */
public record PublishResult(
        Path folder,
        int articles,
        int files,
        int changed,
        int removed,
        List<String> others,
        List<String> untranslated) {
    public PublishResult {
        others = List.copyOf(others);
        untranslated = List.copyOf(untranslated);
    }

    public PublishResult(Path folder, int articles, int files, int changed, int removed, List<String> others) {
        this(folder, articles, files, changed, removed, others, List.of());
    }
}
