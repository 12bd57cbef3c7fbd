package dev.seogen.core.storage;

import dev.seogen.core.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A lock on a folder seogen writes, held by one seogen at a time: a lock file beside or in the folder, locked
 * by the operating system (so a seogen that was killed holds nothing) and naming its owner (process id, host,
 * command, since when) for the message the next one prints.
 */
public final class FolderLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(100);

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock in {@code file} for {@code command}, waiting up to {@code patience} while another seogen
     * holds it ({@code waiting} is told once, with who holds it). Past that, a {@link Busy} names the owner.
     */
    public static FolderLock take(Path file, String command, Duration patience, Consumer<String> waiting) {
        Instant deadline = Instant.now().plus(patience);
        boolean told = false;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            while (true) {
                FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                String owner;
                try {
                    FileLock lock = tryLock(channel);
                    if (lock != null) {
                        String mine = "pid " + ProcessHandle.current().pid() + " on " + host() + ", seogen " + command
                                + ", since " + Instant.now() + "\n";
                        channel.truncate(0);
                        channel.write(ByteBuffer.wrap(mine.getBytes(StandardCharsets.UTF_8)), 0);
                        return new FolderLock(channel, lock);
                    }
                    owner = owner(channel);
                } catch (IOException | RuntimeException e) {
                    channel.close(); // the lock, if taken, goes with it
                    throw e;
                }
                channel.close();
                if (!Instant.now().isBefore(deadline)) {
                    throw new Busy("another seogen holds " + file + " (" + owner + "); wait until it has finished,"
                            + " or stop it. A lock left by a seogen that was stopped is free again by itself.");
                }
                if (!told) {
                    waiting.accept("waiting for another seogen to finish (" + owner + ") …");
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for " + file);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process, for another command run in it
        }
    }

    private static String owner(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(512);
            channel.read(bytes, 0);
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "owner unknown" : text;
        } catch (IOException e) {
            return "owner unknown";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    /** Frees the lock; the file stays, for the next seogen to lock again. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel frees the lock in any case
        }
    }

    /** Another seogen holds the lock and did not let go in time. */
    public static final class Busy extends InputException {
        Busy(String message) {
            super(message);
        }
    }
}
