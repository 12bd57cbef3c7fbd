package dev.seogen.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Replaces a file's content so that a crash at any moment leaves either the old file or the new one,
 * never half of it: the bytes go to a hidden temporary file in the same folder, reach the disk, and are
 * then moved over the target in one step.
 */
public final class AtomicFile {
    /** The prefix of temporary files; folders are scanned without them. */
    public static final String TEMP_PREFIX = ".seogen-tmp-";

    /** Whether files have POSIX permissions here (asked once: asking a file's store reads the mount table). */
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFile() {}

    /** A temporary file this old was left by a run that was stopped by force: no write takes that long. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    /**
     * Removes the temporary files that runs stopped by force (kill -9, a power cut) left in {@code folder}
     * and its sub-folders down to {@code depth}, when they are over an hour old. Returns how many went.
     */
    public static int removeLeftovers(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Instant before = Instant.now().minus(ABANDONED);
        int[] removed = {0};
        try {
            Files.walkFileTree(folder, Set.of(), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()
                            && file.getFileName().toString().startsWith(TEMP_PREFIX)
                            && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                        try {
                            if (Files.deleteIfExists(file)) {
                                removed[0]++;
                            }
                        } catch (IOException e) {
                            // tried again by the next run
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Gone meanwhile (another write's temporary file, moved into place), or unreadable: the
                    // others are still looked at; what cannot be now is tried again by the next run.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // what cannot be listed or removed now is tried again by the next run
        }
        return removed[0];
    }

    public static void write(Path target, byte[] content) {
        write(target, content, true);
    }

    /**
     * Replaces a cache file in one step, without waiting for the disk: after a crash it may be the old file,
     * the new one, or empty, which a cache must read as "nothing known".
     */
    public static void writeCache(Path target, byte[] content) {
        write(target, content, false);
    }

    private static void write(Path target, byte[] content, boolean durable) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // Not Files.createTempFile: its files are private (0600), and a web server must read published pages.
            temp = folder.resolve(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (durable) {
                    channel.force(true);
                }
            }
            keepPermissions(target, temp);
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file someone made group-writable, say, stays so when seogen replaces it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (POSIX && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The write already failed and that is what we report; a leftover hidden temp file is harmless.
        }
    }
}
