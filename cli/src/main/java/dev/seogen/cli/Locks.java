package dev.seogen.cli;

import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.storage.FolderLock;
import dev.seogen.core.topic.Shard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The locks that keep two seogens from writing the same files: one per drafts folder for the commands that
 * change drafts' status (review approve/reject, publish), one per site folder for publish, one per drafts
 * folder and shard for generate. The first two wait for the holder to finish; generate does not wait, as a
 * second batch on the same topics would only pay for every call twice.
 */
final class Locks {
    /** Long enough for a publish of tens of thousands of pages to finish. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private static final String GENERATE_LOCK = ".seogen-generate.lock";

    private Locks() {}

    static FolderLock drafts(Path drafts, String command, PrintWriter err) {
        return FolderLock.take(new DraftStore(drafts).lockFile(), command, PATIENCE, line -> say(err, line));
    }

    static FolderLock site(Path site, PrintWriter err) {
        Path absolute = site.toAbsolutePath().normalize();
        Path lock = absolute.resolveSibling("." + absolute.getFileName() + ".seogen-lock");
        return FolderLock.take(lock, "publish", PATIENCE, line -> say(err, line));
    }

    /**
     * The lock of a generate on {@code shard} of the drafts. A whole batch and a shard of it exclude each other
     * too: each takes its own lock, then looks whether the other kind is held (taking it for an instant), so
     * that of two starting together at least one sees the other.
     */
    static FolderLock generate(Path drafts, Shard shard, PrintWriter err) {
        FolderLock mine = FolderLock.take(drafts.resolve(generateLock(shard)), "generate", Duration.ZERO, line -> {});
        try {
            for (Path other : otherGenerateLocks(drafts, shard)) {
                FolderLock.take(other, "generate (starting)", Duration.ZERO, line -> {})
                        .close();
            }
            return mine;
        } catch (RuntimeException e) {
            mine.close();
            throw e;
        }
    }

    private static String generateLock(Shard shard) {
        return shard.equals(Shard.ALL)
                ? GENERATE_LOCK
                : ".seogen-generate-" + shard.toString().replace('/', '-') + ".lock";
    }

    /** For a whole batch, the lock files of the shards that ran here; for a shard, the whole batch's. */
    private static List<Path> otherGenerateLocks(Path drafts, Shard shard) {
        if (!shard.equals(Shard.ALL)) {
            Path whole = drafts.resolve(GENERATE_LOCK);
            return Files.exists(whole) ? List.of(whole) : List.of();
        }
        try (Stream<Path> files = Files.list(drafts)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(".seogen-generate-") && name.endsWith(".lock");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of(); // no folder yet: no shard ran here
        }
    }

    private static void say(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
