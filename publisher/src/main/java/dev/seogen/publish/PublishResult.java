package dev.seogen.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publish wrote: how many articles and files, how many of them changed, how many of its own pages went
 * away; the files of the site folder that seogen did not write (listed when it had no record of the folder
 * yet, or on a full publish), which it leaves alone; the languages of pages that have no message bundle,
 * whose theme words are in English; and every in-text link the site's articles now have, by page and in the
 * order of the text.
 */
public record PublishResult(
        Path folder,
        int articles,
        int files,
        int changed,
        int removed,
        List<String> others,
        List<String> untranslated,
        List<AutoLink> links) {
    public PublishResult {
        others = List.copyOf(others);
        untranslated = List.copyOf(untranslated);
        links = List.copyOf(links);
    }

    public PublishResult(Path folder, int articles, int files, int changed, int removed, List<String> others) {
        this(folder, articles, files, changed, removed, others, List.of(), List.of());
    }

    public PublishResult(
            Path folder,
            int articles,
            int files,
            int changed,
            int removed,
            List<String> others,
            List<String> untranslated) {
        this(folder, articles, files, changed, removed, others, untranslated, List.of());
    }

    /** This result with the in-text links {@code links}. */
    PublishResult withLinks(List<AutoLink> links) {
        return new PublishResult(folder, articles, files, changed, removed, others, untranslated, links);
    }
}
