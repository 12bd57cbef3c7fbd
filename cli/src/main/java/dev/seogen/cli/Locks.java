package dev.seogen.cli;

import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.storage.FolderLock;
import dev.seogen.core.topic.Shard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The locks that keep two seogens from writing the same files: one per drafts folder for the commands that
 * change drafts' status (review approve/reject, publish), one per site folder for publish, one per drafts
 * folder and shard for generate. The first two wait for the holder to finish; generate does not wait, as a
 * second batch on the same topics would only pay for every call twice.
 */
final class Locks {
    /** Long enough for a publish of tens of thousands of pages to finish. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private Locks() {}

    static FolderLock drafts(Path drafts, String command, PrintWriter err) {
        return FolderLock.take(new DraftStore(drafts).lockFile(), command, PATIENCE, line -> say(err, line));
    }

    static FolderLock site(Path site, PrintWriter err) {
        Path absolute = site.toAbsolutePath().normalize();
        Path lock = absolute.resolveSibling("." + absolute.getFileName() + ".seogen-lock");
        return FolderLock.take(lock, "publish", PATIENCE, line -> say(err, line));
    }

    static FolderLock generate(Path drafts, Shard shard, PrintWriter err) {
        String name = shard.equals(Shard.ALL)
                ? ".seogen-generate.lock"
                : ".seogen-generate-" + shard.toString().replace('/', '-') + ".lock";
        return FolderLock.take(drafts.resolve(name), "generate", Duration.ZERO, line -> say(err, line));
    }

    private static void say(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
