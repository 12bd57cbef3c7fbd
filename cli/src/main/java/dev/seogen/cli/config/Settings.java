package dev.seogen.cli.config;

import java.nio.file.Path;
import java.util.List;

/** Every setting seogen reads, in one place: the README's settings table is made from the same list. */
public final class Settings {
    public static final Setting<Path> DRAFTS =
            Setting.folder("drafts", "--drafts", "Folder of the drafts, one sub-folder per category.", "drafts");

    public static final Setting<Integer> CONCURRENCY =
            Setting.count("llm.concurrency", "--concurrency", "How many model calls run at the same time.", 4, 256);

    public static final List<Setting<?>> ALL = List.of(DRAFTS, CONCURRENCY);

    private Settings() {}

    public static List<String> keys() {
        return ALL.stream().map(Setting::key).toList();
    }
}
