package dev.seogen.core.draft;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.internal.DraftFormat;
import dev.seogen.core.draft.internal.DraftIndex;
import dev.seogen.core.input.TextFile;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The drafts folder: {@code <root>/<category-slug>/<slug>.md}. Reads every draft it can, reports the ones
 * it cannot with their path (and leaves them untouched), and writes drafts atomically.
 */
public final class DraftStore {
    /**
     * Drafts changed this recently are not indexed: their next change may keep the same time and size. A file
     * system's clock ticks in milliseconds; one that keeps whole seconds only gets two of them.
     */
    private static final long RECENT_MILLIS = 100;

    private static final long RECENT_MILLIS_COARSE = 2_000;

    /** How many drafts may be missing from the index, or gone from the folder, before it is rewritten. */
    private static final int REWRITE_AFTER = 32;

    /** The largest draft file read unless told otherwise: a long article is a few dozen KB. */
    /** The end of the name of a rejected version kept beside its redone draft ({@code generate --redo-rejected}). */
    public static final String REJECTED = ".rejected.md";

    public static final long DEFAULT_MAX_SIZE = 16L * 1024 * 1024;

    private final Path root;
    private final long maxSize;
    /** The name each category folder went by when this store last listed the drafts; see {@link #read}. */
    private volatile Map<Slug, String> categoryNames = Map.of();

    public DraftStore(Path root) {
        this(root, DEFAULT_MAX_SIZE);
    }

    /** The drafts under {@code root}; a draft file over {@code maxSize} bytes is not read, but reported. */
    public DraftStore(Path root, long maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1 byte, got " + maxSize);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxSize = maxSize;
    }

    public Path root() {
        return root;
    }

    /** Where a draft of this article is stored; always inside the root, whatever the article says. */
    public Path pathOf(Article article) {
        return pathOf(article.categorySlug(), article.slug());
    }

    /**
     * Where a draft of {@code article} is written: {@link #pathOf}, refused when its category folder is a
     * symbolic link, which would make a write land outside the drafts folder.
     */
    private Path writablePath(Article article) {
        Path path = pathOf(article);
        Path folder = path.getParent();
        if (Files.isSymbolicLink(folder)) {
            String target;
            try {
                target = Files.readSymbolicLink(folder).toString();
            } catch (IOException e) {
                target = "?";
            }
            throw new InputException(Problem.ofFile(
                    folder,
                    "is a symbolic link (to " + target + "); seogen writes drafts only inside the drafts folder " + root
                            + ": replace the link with a folder (move its drafts in), then run again"));
        }
        return path;
    }

    /** Where the draft of {@code slug} in {@code category} is stored. */
    public Path pathOf(Slug category, Slug slug) {
        Path path = root.resolve(category.value()).resolve(slug.value() + ".md").normalize();
        if (!path.startsWith(root) || !path.getParent().getParent().equals(root)) {
            throw new IllegalStateException("draft path " + path + " escapes the drafts folder " + root);
        }
        return path;
    }

    /**
     * Every draft under the root, sorted by path, and a problem for each file that does not read. A draft
     * that does not name its category takes the name the other drafts of its folder give it ({@code DNS} for
     * {@code dns/}), else its folder's name.
     */
    public DraftScan scan() {
        List<DraftFormat.Read> reads = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        List<DraftFile> files = draftFiles();
        Object[] read = readAll(files, i -> true, (file, draft) -> draft);
        for (int i = 0; i < files.size(); i++) {
            if (read[i] instanceof DraftFormat.Read draft) {
                reads.add(draft);
            } else {
                unreadable.addAll(problems(read[i]));
            }
        }
        CategoryNames names = new CategoryNames();
        reads.stream()
                .filter(DraftFormat.Read::categoryGiven)
                .forEach(r -> names.add(r.draft().article().category()));
        List<Draft> drafts = reads.stream()
                .map(r -> r.categoryGiven() ? r.draft() : names.name(r.draft()))
                .toList();
        categoryNames = names.chosen();
        return new DraftScan(drafts, unreadable);
    }

    /**
     * The header of every draft under the root, sorted by path, and a problem for each file that does not
     * read. Drafts whose size, modification time and file key (inode) are those recorded in {@code index} are
     * not read again;
     * the others are, and {@code index} is brought up to date. Drafts changed in the last seconds are left
     * out of it, so that an edit within the file system's clock tick is never missed. Each draft read is
     * also given to {@code read} with its file as listed, from several threads, for a caller that needs it
     * whole.
     */
    public DraftHeaders headers(Path index, BiConsumer<Listed, Draft> read) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        CompletableFuture<Map<String, DraftIndex.Entry>> reading =
                CompletableFuture.supplyAsync(() -> DraftIndex.read(index, root)); // while the folder is listed
        List<DraftFile> files = draftFiles();
        Map<String, DraftIndex.Entry> known = reading.join();
        Map<String, DraftIndex.Entry> current = new HashMap<>();
        Object[] found = readAll(
                files,
                i -> {
                    DraftIndex.Entry entry = known.get(files.get(i).relative());
                    return entry == null || !files.get(i).matches(entry);
                },
                (file, draft) -> {
                    Listed listed = new Listed(
                            DraftHeader.of(file.path(), draft.draft()),
                            file.size(),
                            file.modifiedNanos(),
                            file.fileKey(),
                            settled(file, now));
                    if (!draft.categoryGiven()) {
                        return new Fresh(listed, false, draft.draft()); // named once every draft is read
                    }
                    read.accept(listed, draft.draft());
                    return new Fresh(listed, true, null);
                });
        List<DraftIndex.Entry> headers = new ArrayList<>(); // as read, with whether each names its category
        List<Fresh> unnamed = new ArrayList<>();
        CategoryNames names = new CategoryNames();
        List<Problem> unreadable = new ArrayList<>();
        int reused = 0;
        for (int i = 0; i < files.size(); i++) {
            DraftFile file = files.get(i);
            DraftIndex.Entry entry;
            if (found[i] == null) {
                entry = known.get(file.relative());
                current.put(file.relative(), entry);
                reused++;
            } else if (found[i] instanceof Fresh fresh) {
                entry = new DraftIndex.Entry(
                        file.size(),
                        file.modifiedNanos(),
                        file.fileKey(),
                        fresh.listed().header(),
                        fresh.categoryGiven());
                if (settled(file, now)) {
                    current.put(file.relative(), entry);
                }
                if (fresh.deferred() != null) {
                    unnamed.add(fresh);
                }
            } else {
                unreadable.addAll(problems(found[i]));
                continue;
            }
            headers.add(entry);
            if (entry.categoryGiven()) {
                names.add(entry.header().category());
            }
        }
        // The headers as read stay in the index; the names they are shown with depend on the other drafts.
        List<DraftHeader> named = headers.stream()
                .map(e -> e.categoryGiven()
                        ? e.header()
                        : e.header()
                                .withCategory(names.name(
                                        e.header().categorySlug(), e.header().category())))
                .toList();
        for (Fresh fresh : unnamed) {
            Draft draft = Objects.requireNonNull(fresh.deferred());
            String name =
                    names.name(draft.article().categorySlug(), draft.article().category());
            Listed listed = fresh.listed();
            read.accept(
                    new Listed(
                            listed.header().withCategory(name),
                            listed.size(),
                            listed.modifiedNanos(),
                            listed.fileKey(),
                            listed.settled()),
                    draft.withArticle(draft.article().withCategory(name)));
        }
        // Rewriting ten thousand entries costs about as much as reading a few dozen drafts: a few new or
        // changed drafts are read again next time rather than rewriting the index for them.
        int stale = (files.size() - reused) + (known.size() - reused);
        if (stale > REWRITE_AFTER || (known.isEmpty() && !current.isEmpty())) {
            DraftIndex.write(index, root, current);
        }
        categoryNames = names.chosen();
        return new DraftHeaders(named, unreadable);
    }

    /** A draft {@link #headers} read: as listed, whether it names its category, and itself while it is unnamed. */
    private record Fresh(
            Listed listed, boolean categoryGiven, @Nullable Draft deferred) {}

    /**
     * The name each category folder goes by in the drafts that name it: the spelling most of them use (the
     * first in order on a tie; {@code Linter} reports two spellings of one category).
     */
    private static final class CategoryNames {
        private final Map<Slug, Map<String, Integer>> spellings = new HashMap<>();

        void add(String category) {
            spellings
                    .computeIfAbsent(Slug.of(category), k -> new java.util.TreeMap<>())
                    .merge(category, 1, Integer::sum);
        }

        String name(Slug folder, String fallback) {
            Map<String, Integer> names = spellings.get(folder);
            if (names == null) {
                return fallback;
            }
            return names.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey();
        }

        Map<Slug, String> chosen() {
            Map<Slug, String> chosen = new HashMap<>();
            spellings.keySet().forEach(folder -> chosen.put(folder, name(folder, folder.value())));
            return Map.copyOf(chosen);
        }

        Draft name(Draft draft) {
            String name = name(draft.article().categorySlug(), draft.article().category());
            return name.equals(draft.article().category())
                    ? draft
                    : draft.withArticle(draft.article().withCategory(name));
        }
    }

    /**
     * A draft's file as {@link #headers} listed it: its header, size, time and key (inode), and whether its
     * time was settled then (older than the file system's clock tick), so that any later change shows.
     */
    public record Listed(DraftHeader header, long size, long modifiedNanos, String fileKey, boolean settled) {}

    /** A draft file as listed: its path, size, modification time and file key (inode). */
    public record FileState(Path path, long size, long modifiedNanos, String fileKey) {}

    /**
     * The draft files under the root as they are now, sorted by path, without reading them: a few system calls
     * a file, for a caller that keeps drafts in memory and reads again only those whose state changed.
     */
    public List<FileState> files() {
        return draftFiles().stream()
                .map(f -> new FileState(f.path(), f.size(), f.modifiedNanos(), f.fileKey()))
                .toList();
    }

    /** Whether the file of {@code listed} is still as listed, in a way that would show any change since. */
    public boolean unchangedSince(Listed listed) {
        BasicFileAttributes attributes = attributes(listed.header().file());
        if (!listed.settled() || attributes == null || !attributes.isRegularFile()) {
            return false;
        }
        DraftFile now = fileOf(listed.header().file(), attributes);
        return now.size() == listed.size()
                && now.modifiedNanos() == listed.modifiedNanos()
                && now.fileKey().equals(listed.fileKey());
    }

    /** A draft this process wrote: its header, and the length and CRC-32C of the bytes written. */
    public record Written(DraftHeader header, int length, int crc) {}

    /**
     * Writes {@code draft} as {@link #write(Draft)} does, for {@link #remember}; {@code header} must be the
     * header of {@code draft}.
     */
    public Written write(Draft draft, DraftHeader header) {
        byte[] bytes = DraftFormat.format(draft).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(writablePath(draft.article()), bytes);
        return new Written(header, bytes.length, crc(bytes));
    }

    /**
     * Records in {@code index} the headers of drafts this process has written, so that the next
     * {@link #headers} does not read them again. A draft goes in only if its file still holds the bytes
     * written and its time is settled, as there; the file is read for that, not parsed. Only an index that
     * exists is updated.
     */
    public void remember(Path index, List<Written> written) {
        if (written.isEmpty()) {
            return; // a re-publish with nothing newly published: the index is not even read
        }
        Map<String, DraftIndex.Entry> entries = new HashMap<>(DraftIndex.read(index, root));
        if (entries.isEmpty()) {
            return;
        }
        try {
            Thread.sleep(RECENT_MILLIS); // so that the drafts written last are settled too
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        int remembered = 0;
        for (Written w : written) {
            Path path = w.header().file();
            BasicFileAttributes attributes = attributes(path);
            if (attributes == null || !attributes.isRegularFile()) {
                continue;
            }
            DraftFile file = fileOf(path, attributes); // before the bytes: a change after them shows in the time
            if (settled(file, now) && holds(path, w)) {
                entries.put(
                        file.relative(),
                        new DraftIndex.Entry(file.size(), file.modifiedNanos(), file.fileKey(), w.header(), true));
                remembered++;
            }
        }
        if (remembered > 0) {
            DraftIndex.write(index, root, entries);
        }
    }

    private static boolean holds(Path file, Written written) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length == written.length() && crc(bytes) == written.crc();
        } catch (IOException e) {
            return false;
        }
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /**
     * Reads and writes a small draft in memory, so that the YAML and JSON machinery a first draft needs is
     * loaded. Worth calling on a spare thread at start-up: a command that reads one draft then waits less.
     */
    public static void warmUp() {
        Article article = new Article(
                "Why warm up?",
                "Warming up",
                new Slug("warm-up"),
                "Warm-up",
                LanguageTag.ENGLISH,
                List.of("warm-up"),
                "A draft read at start-up.",
                "An intro [1].",
                List.of(new Section("A section", "A body [1].", List.of(new Section("A sub-section", "More [1].")))),
                new Section("Summary", "Done."),
                List.of(new Source(1, "A source", List.of("A, B."), 2026, "C", "https://example.com", null)));
        Draft draft = Draft.of(article, 800, Review.NEW, null);
        DraftFormat.parse(Path.of("warm-up", article.draftPath()), DraftFormat.format(draft))
                .contentHash();
    }

    /**
     * Reads one draft, or throws an {@link InputException} naming the file and what is wrong with it. A draft
     * that does not name its category is given the name its folder went by when this store last listed the
     * drafts ({@link #scan}, {@link #headers}), else its folder's name.
     */
    public Draft read(Path file) {
        return parse(file, TextFile.read(file, "draft", maxSize, "drafts.max-size (SEOGEN_DRAFTS_MAX_SIZE)"));
    }

    private DraftFormat.Read readAs(Path file) {
        return DraftFormat.read(
                file, TextFile.read(file, "draft", maxSize, "drafts.max-size (SEOGEN_DRAFTS_MAX_SIZE)"));
    }

    /**
     * Reads {@code text} as the draft file {@code file} (which gives its slug and category folder), writing
     * nothing; an {@link InputException} names the line and what is wrong when it does not read.
     */
    public Draft parse(Path file, String text) {
        DraftFormat.Read read = DraftFormat.read(file, text);
        Article article = read.draft().article();
        String name = categoryNames.get(article.categorySlug());
        return read.categoryGiven() || name == null
                ? read.draft()
                : read.draft().withArticle(article.withCategory(name));
    }

    /**
     * The lock file of the commands that change drafts' status (review approve and reject, the review server,
     * publish): one of them at a time.
     */
    public Path lockFile() {
        return root.resolve(".seogen-lock");
    }

    /** Writes a draft to {@link #pathOf}, replacing any earlier version in one step. */
    public Path write(Draft draft) {
        Path path = writablePath(draft.article());
        AtomicFile.write(path, DraftFormat.format(draft).getBytes(StandardCharsets.UTF_8));
        return path;
    }

    /** The bytes {@link #write} would store, for comparisons and previews. */
    public static String format(Draft draft) {
        return DraftFormat.format(draft);
    }

    /** A Markdown file under the root as listed: its path, size, modification time and file key (inode). */
    private record DraftFile(Path path, String relative, long size, long modifiedNanos, String fileKey) {
        boolean matches(DraftIndex.Entry entry) {
            return entry.size() == size
                    && entry.modifiedNanos() == modifiedNanos
                    && entry.fileKey().equals(fileKey);
        }
    }

    /**
     * Reads the drafts {@code wanted} in parallel: for each file what {@code then} makes of its draft, a
     * {@link Problem} list, or null when not wanted. A draft in a folder of its own, or deeper, is a problem.
     */
    private Object[] readAll(
            List<DraftFile> files, IntPredicate wanted, BiFunction<DraftFile, DraftFormat.Read, Object> then) {
        Object[] read = new Object[files.size()];
        IntStream.range(0, files.size()).parallel().filter(wanted).forEach(i -> {
            Path file = files.get(i).path();
            if (!file.getParent().getParent().equals(root)) {
                read[i] = List.of(Problem.ofFile(
                        file,
                        "a draft goes one level down, in its category's folder:" + " drafts/<category>/<slug>.md"));
                return;
            }
            try {
                read[i] = then.apply(files.get(i), readAs(file));
            } catch (InputException e) {
                read[i] = e.problems();
            }
        });
        return read;
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> problems(Object read) {
        return (List<Problem>) read;
    }

    /**
     * The Markdown files under the root, sorted by path, with their size and modification time: those in the
     * category folders, and those one level too high or too low, which {@link #readAll} reports. Hidden files
     * and folders are skipped.
     */
    private List<DraftFile> draftFiles() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<DraftFile> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try {
            list(root, 0, files, folders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the drafts in " + root + ": " + e.getMessage(), e);
        }
        // The category folders in parallel: ten thousand files take two system calls each.
        files.addAll(folders.parallelStream()
                .flatMap(folder -> {
                    List<DraftFile> found = new ArrayList<>();
                    try {
                        list(folder, 1, found, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(
                                "cannot list the drafts in " + folder + ": " + e.getMessage(), e);
                    }
                    return found.stream();
                })
                .toList());
        files.sort(Comparator.comparing(DraftFile::path));
        return files;
    }

    /**
     * Adds the Markdown files of {@code folder} and, {@code depth} levels down, of its folders; the folders
     * below that go to {@code deeper} when given.
     */
    private void list(Path folder, int depth, List<DraftFile> files, @Nullable List<Path> deeper) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // temporary files of interrupted writes, and folders such as .git
                }
                // Follows links: a linked draft counts as the file it points to; a broken link as no file.
                BasicFileAttributes attributes = attributes(entry);
                if (attributes == null) {
                    continue;
                }
                if (attributes.isDirectory() && depth > 0) {
                    list(entry, depth - 1, files, null);
                } else if (attributes.isDirectory() && deeper != null) {
                    deeper.add(entry);
                } else if (attributes.isRegularFile() && name.endsWith(".md") && !name.endsWith(REJECTED)) {
                    files.add(fileOf(entry, attributes));
                }
            }
        }
    }

    private DraftFile fileOf(Path file, BasicFileAttributes attributes) {
        return new DraftFile(
                file,
                root.relativize(file).toString(),
                attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                String.valueOf(attributes.fileKey()));
    }

    /** Whether {@code file} changed long enough before {@code nowNanos} for its size and time to tell a change. */
    private static boolean settled(DraftFile file, long nowNanos) {
        boolean coarse = file.modifiedNanos() % 1_000_000_000L == 0;
        return file.modifiedNanos()
                < nowNanos - TimeUnit.MILLISECONDS.toNanos(coarse ? RECENT_MILLIS_COARSE : RECENT_MILLIS);
    }

    private static @Nullable BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
