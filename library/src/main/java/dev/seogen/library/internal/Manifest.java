package dev.seogen.library.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.seogen.core.SeogenException;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.json} beside the Lucene index: for every file of the library, its size, modification time
 * and content hash (so that an unchanged file is not read again), and either the document it was read as or
 * why it was skipped. Written after the index is committed: a manifest older than the index makes the next
 * run read a few files again, never miss one.
 */
public record Manifest(int format, String model, String library, Map<String, Entry> files) {
    /** Raised when the passages' fields or the splitting change, so that an old index is built again. */
    public static final int FORMAT = 1;

    public static final String NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public Manifest {
        files = new TreeMap<>(files);
    }

    /**
     * One file: {@code hash} covers its bytes and the fields {@code library.yaml} gives it; {@code document}
     * and {@code passages} when it is indexed, {@code skipped} (why) when it is not.
     */
    public record Entry(
            long size,
            long modified,
            String hash,
            @Nullable LibraryDocument document,
            int passages,
            @Nullable String skipped) {}

    public static Manifest empty(String library) {
        return new Manifest(FORMAT, Embeddings.MODEL, library, Map.of());
    }

    /** The manifest in {@code folder}, or none when there is no index yet. */
    public static @Nullable Manifest read(Path folder) {
        Path file = folder.resolve(NAME);
        try {
            return JSON.readValue(Files.readAllBytes(file), Manifest.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new SeogenException("the library index's " + file + " cannot be read (" + e.getMessage()
                    + "); delete " + folder + " and run 'seogen library index' to build it again");
        }
    }

    public void write(Path folder) {
        try {
            AtomicFile.write(folder.resolve(NAME), JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an index with this manifest can be updated in place, rather than built again. */
    public boolean compatible(String libraryFolder) {
        return format == FORMAT && model.equals(Embeddings.MODEL) && library.equals(libraryFolder);
    }
}
