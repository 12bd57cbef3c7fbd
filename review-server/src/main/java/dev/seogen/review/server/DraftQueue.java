package dev.seogen.review.server;

import dev.seogen.core.InputException;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The drafts as they are on disk now, linted, worst first. Each look lists the folder (a few system calls a
 * file) and reads again only the files whose size, time or inode changed, or that changed in the last seconds
 * (a change within the file system's clock tick would not show); a deleted draft drops out. The rules on one
 * draft run at once for a changed draft; the rules across drafts (duplicates, near-duplicates: seconds for ten
 * thousand) run again in the background, the queue showing their last findings meanwhile.
 */
final class DraftQueue implements AutoCloseable {
    /** Worst first: errors, then warnings, then by path, so that the order is stable. */
    static final Comparator<Row> WORST_FIRST = Comparator.comparingInt(Row::errors)
            .reversed()
            .thenComparing(Comparator.comparingInt(Row::warnings).reversed())
            .thenComparing(r -> r.draft().article().draftPath());

    private static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final DraftStore store;
    private final Supplier<Map<String, String>> publishedHashes;
    private final Function<List<Draft>, Linter> linters;
    /** The linter for the drafts of the last look; a changed draft's own rules run with it. */
    private volatile Linter linter = new Linter();

    private final Linter.Cache lintCache = new Linter.Cache();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "seogen-review-lint");
        thread.setDaemon(true);
        return thread;
    });

    /** Each file as last listed, and its draft (null: it did not read). */
    private final Map<Path, Known> known = new HashMap<>();
    /** The findings of the rules across drafts, by file, as of the last full lint. */
    private Map<Path, List<Finding>> across = Map.of();

    private @Nullable Snapshot snapshot;

    private int version;

    private record Known(
            DraftStore.FileState state, @Nullable Draft draft) {}

    DraftQueue(DraftStore store, Supplier<Map<String, String>> publishedHashes, Function<List<Draft>, Linter> linters) {
        this.store = store;
        this.publishedHashes = publishedHashes;
        this.linters = linters;
    }

    /** The drafts now, in queue order, and by id; their categories and the rules they break, sorted. */
    record Snapshot(List<Row> rows, Map<String, Row> byId, List<String> categories, List<String> rules) {
        Optional<Row> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /** Each draft's words, by draft object: counting them is most of building a row. */
    private final Map<Draft, Integer> words = new java.util.IdentityHashMap<>();

    /** Looks at the folder again; cheap when nothing changed. */
    synchronized Snapshot current() {
        boolean first = snapshot == null;
        List<DraftStore.FileState> files = store.files().stream()
                .filter(f -> f.path().getParent().getParent().equals(store.root()))
                .toList();
        if (first) {
            // Every draft at once; this also names the categories of drafts that do not name theirs.
            Map<Path, DraftStore.FileState> states = new HashMap<>();
            files.forEach(f -> states.put(f.path(), f));
            for (Draft draft : store.scan().drafts()) {
                Path path = store.pathOf(draft.article());
                DraftStore.FileState state = states.get(path);
                if (state != null) {
                    known.put(path, new Known(state, draft));
                }
            }
        }
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        List<DraftStore.FileState> changed = files.stream()
                .filter(f -> {
                    Known k = known.get(f.path());
                    return k == null || !k.state().equals(f) || f.modifiedNanos() > now - RECENT_NANOS;
                })
                .toList();
        Map<Path, Known> read = new java.util.concurrent.ConcurrentHashMap<>();
        changed.parallelStream().forEach(f -> read.put(f.path(), new Known(f, readOrNull(f.path()))));
        boolean same = known.size() == files.size();
        for (var e : read.entrySet()) {
            Known before = known.get(e.getKey());
            Draft draft = e.getValue().draft();
            if (before != null && draft != null && draft.equals(before.draft())) {
                draft = before.draft(); // the same draft, linted already
            } else {
                same = false;
            }
            known.put(e.getKey(), new Known(e.getValue().state(), draft));
        }
        if (known.size() != files.size()) {
            java.util.Set<Path> listed = new java.util.HashSet<>();
            files.forEach(f -> listed.add(f.path()));
            known.keySet().retainAll(listed);
            same = false;
        }
        if (same && snapshot != null) {
            return snapshot;
        }
        List<Path> paths = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (DraftStore.FileState file : files) {
            Known k = known.get(file.path());
            if (k != null && k.draft() != null) {
                paths.add(file.path());
                drafts.add(k.draft());
            }
        }
        int seen = ++version;
        linter = linters.apply(drafts);
        if (first) {
            lintAcross(paths, drafts);
        } else {
            background.execute(() -> {
                if (isCurrent(seen)) {
                    lintAcross(paths, drafts);
                    refresh(seen);
                }
            });
        }
        snapshot = build(paths, drafts);
        return snapshot;
    }

    private synchronized boolean isCurrent(int seen) {
        return version == seen;
    }

    /** After a lint in the background: the snapshot again with its findings, unless the drafts changed meanwhile. */
    private synchronized void refresh(int seen) {
        if (version == seen && snapshot != null) {
            List<Path> paths = new ArrayList<>();
            List<Draft> drafts = new ArrayList<>();
            for (Row row : snapshot.rows()) {
                paths.add(row.file());
                drafts.add(row.draft());
            }
            snapshot = build(paths, drafts);
        }
    }

    private void lintAcross(List<Path> paths, List<Draft> drafts) {
        Linter linter = this.linter;
        Map<Draft, List<Finding>> all = linter.lint(drafts, lintCache);
        Map<Path, List<Finding>> found = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            List<Finding> each = all.get(drafts.get(i));
            int own = lintCache.own(drafts.get(i), linter).size();
            if (each.size() > own) {
                found.put(paths.get(i), List.copyOf(each.subList(own, each.size())));
            }
        }
        synchronized (this) {
            across = found;
        }
    }

    private Snapshot build(List<Path> paths, List<Draft> drafts) {
        Map<String, String> published = publishedHashes.get();
        List<Row> rows = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            List<Finding> findings = new ArrayList<>(lintCache.own(draft, linter));
            findings.addAll(across.getOrDefault(paths.get(i), List.of()));
            int count = words.computeIfAbsent(draft, d -> dev.seogen.core.review.WordCount.of(d.article()));
            rows.add(Row.of(draft, paths.get(i), findings, published.get(draft.id()), count));
        }
        java.util.Set<Draft> current = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        current.addAll(drafts);
        words.keySet().retainAll(current);
        rows.sort(WORST_FIRST);
        Map<String, Row> byId = new LinkedHashMap<>();
        java.util.TreeSet<String> categories = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        java.util.TreeSet<String> rules = new java.util.TreeSet<>();
        for (Row row : rows) {
            byId.putIfAbsent(row.id(), row);
            categories.add(row.category());
            row.findings().forEach(f -> rules.add(f.rule()));
        }
        return new Snapshot(List.copyOf(rows), byId, List.copyOf(categories), List.copyOf(rules));
    }

    private @Nullable Draft readOrNull(Path file) {
        try {
            return store.read(file);
        } catch (InputException | java.io.UncheckedIOException e) {
            return null; // gone, or does not read: not in the queue until it does
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
