package dev.seogen.library;

import dev.seogen.core.InputException;
import dev.seogen.core.Sha256;
import dev.seogen.core.library.Passage;
import dev.seogen.library.internal.DocumentReader;
import dev.seogen.library.internal.Embeddings;
import dev.seogen.library.internal.LibraryYaml;
import dev.seogen.library.internal.Manifest;
import dev.seogen.library.internal.Metadata;
import dev.seogen.library.internal.PassageFields;
import dev.seogen.library.internal.Passages;
import dev.seogen.library.internal.Unreadable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Builds and updates the index of a library folder in an index folder ({@code .seogen/library/}): reads only
 * the files that are new or changed (by size and time, then by content hash), drops the passages of files
 * that changed or are gone, and embeds the new passages in-process. No network.
 */
public final class LibraryIndexer {
    /** The largest file read; a larger one is named and skipped (no document seogen cites is that long). */
    public static final long MAX_FILE_SIZE = 64L * 1024 * 1024;

    static final String LUCENE_FOLDER = "lucene";

    private final Embeddings embeddings;

    public LibraryIndexer() {
        this(new Embeddings());
    }

    LibraryIndexer(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    /**
     * Brings the index in {@code indexFolder} up to date with {@code library}; an {@link InputException} when
     * the library folder does not exist or its {@code library.yaml} is broken (nothing is changed then).
     */
    public IndexReport update(Path library, Path indexFolder) {
        Path root = checkFolder(library);
        Map<String, Metadata> overrides = LibraryYaml.read(root);
        Map<String, Path> files = files(root);
        String libraryKey = root.toString();
        Manifest old = Manifest.read(indexFolder);
        boolean fresh = old == null || !old.compatible(libraryKey);
        Map<String, Manifest.Entry> before = fresh ? Map.of() : old.files();
        Map<String, Manifest.Entry> after = new TreeMap<>();
        int changed = 0;
        int removed = 0;
        try (Directory directory = FSDirectory.open(indexFolder.resolve(LUCENE_FOLDER));
                IndexWriter writer = new IndexWriter(directory, config(fresh))) {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                String path = file.getKey();
                Metadata override = overrides.getOrDefault(path, Metadata.NONE);
                Manifest.Entry known = before.get(path);
                Manifest.Entry now = update(writer, path, file.getValue(), override, known);
                boolean readAgain = known == null || !known.hash().equals(now.hash());
                if (readAgain && (now.document() != null || (known != null && known.document() != null))) {
                    changed++;
                }
                after.put(path, now);
            }
            for (Map.Entry<String, Manifest.Entry> gone : before.entrySet()) {
                if (!after.containsKey(gone.getKey())) {
                    writer.deleteDocuments(new Term(PassageFields.PATH, gone.getKey()));
                    removed += gone.getValue().document() != null ? 1 : 0;
                }
            }
            dropStrays(writer, after);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the library index in " + indexFolder + " cannot be written", e);
        }
        new Manifest(Manifest.FORMAT, Embeddings.MODEL, libraryKey, after).write(indexFolder);
        return report(after, changed, removed);
    }

    private static Path checkFolder(Path library) {
        if (!Files.isDirectory(library)) {
            throw new InputException("the library folder " + library + " does not exist"
                    + (Files.exists(library) ? " as a folder (it is a file)" : "")
                    + "; name the folder of your documents with --library DIR (or library: in seogen.yaml,"
                    + " SEOGEN_LIBRARY)");
        }
        try {
            return library.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the library folder " + library + " cannot be read", e);
        }
    }

    private static IndexWriterConfig config(boolean fresh) {
        IndexWriterConfig config = new IndexWriterConfig(PassageFields.analyzer());
        config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        return config;
    }

    /** The files of the library by path (with '/'), sorted; hidden files and folders and library.yaml left out. */
    private static Map<String, Path> files(Path root) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(root.relativize(file)))
                    .forEach(file -> files.put(root.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(
                    "the library folder " + root + " cannot be listed",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        files.remove(LibraryYaml.NAME);
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The file's entry: the known one when it did not change, else a new one after reading it again. */
    private Manifest.Entry update(
            IndexWriter writer, String path, Path file, Metadata override, Manifest.@Nullable Entry known)
            throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        String overrideKey = override.toString();
        if (known != null
                && known.size() == size
                && known.modified() == modified
                && known.hash().endsWith(overrideKeyHash(overrideKey))) {
            return known;
        }
        if (size > MAX_FILE_SIZE) {
            writer.deleteDocuments(new Term(PassageFields.PATH, path));
            return new Manifest.Entry(size, modified, "", null, 0, "it is larger than 64 MB");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            writer.deleteDocuments(new Term(PassageFields.PATH, path));
            return new Manifest.Entry(size, modified, "", null, 0, "it cannot be read (" + e.getMessage() + ")");
        }
        String hash = HexFormat.of().formatHex(Sha256.of(bytes)) + "+" + overrideKeyHash(overrideKey);
        if (known != null && known.hash().equals(hash)) {
            return new Manifest.Entry(size, modified, hash, known.document(), known.passages(), known.skipped());
        }
        try {
            DocumentReader.Readout readout = DocumentReader.read(path, bytes, override);
            List<Passage> passages = Passages.split(readout.document(), readout.blocks());
            List<float[]> vectors = embeddings.embedAll(
                    passages.stream().map(PassageFields::searchable).toList());
            List<Document> documents = new ArrayList<>(passages.size());
            for (int i = 0; i < passages.size(); i++) {
                documents.add(PassageFields.toLucene(passages.get(i), vectors.get(i)));
            }
            writer.updateDocuments(new Term(PassageFields.PATH, path), documents);
            return new Manifest.Entry(size, modified, hash, readout.document(), passages.size(), null);
        } catch (Unreadable e) {
            writer.deleteDocuments(new Term(PassageFields.PATH, path));
            return new Manifest.Entry(size, modified, hash, null, 0, e.getMessage());
        }
    }

    private static String overrideKeyHash(String overrideKey) {
        return HexFormat.of()
                .formatHex(Sha256.of(overrideKey.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
    }

    /**
     * Drops passages of paths the manifest does not list as indexed: left by a run that stopped after
     * committing the index but before writing the manifest, whose files have gone since.
     */
    private static void dropStrays(IndexWriter writer, Map<String, Manifest.Entry> after) throws IOException {
        Set<String> stray = new java.util.TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(PassageFields.PATH);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    String path = term.utf8ToString();
                    Manifest.Entry entry = after.get(path);
                    if (entry == null || entry.document() == null) {
                        stray.add(path);
                    }
                }
            }
        }
        for (String path : stray) {
            writer.deleteDocuments(new Term(PassageFields.PATH, path));
        }
    }

    private static IndexReport report(Map<String, Manifest.Entry> files, int changed, int removed) {
        int documents = 0;
        int passages = 0;
        List<SkippedFile> skipped = new ArrayList<>();
        for (Map.Entry<String, Manifest.Entry> file : files.entrySet()) {
            Manifest.Entry entry = file.getValue();
            if (entry.document() != null) {
                documents++;
                passages += entry.passages();
            } else {
                skipped.add(new SkippedFile(file.getKey(), entry.skipped() == null ? "" : entry.skipped()));
            }
        }
        return new IndexReport(documents, passages, changed, removed, skipped);
    }
}
