package dev.seogen.review.server;

import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.draft.DraftHeaders;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The drafts as they are on disk now, linted, worst first. Each look lists the folder and reads only the
 * drafts whose files changed since the last one (the store's index of sizes and times, kept for this run in
 * {@code index}); a deleted draft drops out; the rules on one draft are redone only for the drafts that
 * changed, the rules across drafts whenever any did.
 */
final class DraftQueue {
    /** Worst first: errors, then warnings, then by path, so that the order is stable. */
    static final Comparator<Row> WORST_FIRST = Comparator.comparingInt(Row::errors)
            .reversed()
            .thenComparing(Comparator.comparingInt(Row::warnings).reversed())
            .thenComparing(r -> r.draft().article().draftPath());

    private final DraftStore store;
    private final Path index;
    private final Linter linter = new Linter();
    private final Linter.Cache lintCache = new Linter.Cache();
    private final Map<Path, Draft> drafts = new HashMap<>();
    private Snapshot snapshot = new Snapshot(List.of(), Map.of());

    private final Supplier<Map<String, String>> publishedHashes;

    DraftQueue(DraftStore store, Path index, Supplier<Map<String, String>> publishedHashes) {
        this.store = store;
        this.index = index;
        this.publishedHashes = publishedHashes;
    }

    /** The drafts now, in queue order, and by id. */
    record Snapshot(List<Row> rows, Map<String, Row> byId) {
        Optional<Row> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /** Looks at the folder again; cheap when nothing changed. */
    synchronized Snapshot current() {
        Map<Path, Draft> read = new ConcurrentHashMap<>();
        DraftHeaders headers =
                store.headers(index, (listed, draft) -> read.put(listed.header().file(), draft));
        List<Path> files = headers.headers().stream().map(DraftHeader::file).toList();
        // A draft read again as it was (the index keeps only a few changes) is the same draft, linted already.
        read.entrySet().removeIf(e -> e.getValue().equals(drafts.get(e.getKey())));
        boolean same = read.isEmpty()
                && files.size() == drafts.size()
                && drafts.keySet().containsAll(files);
        if (same && !snapshot.rows().isEmpty()) {
            return snapshot;
        }
        drafts.keySet().retainAll(files);
        drafts.putAll(read);
        List<Draft> all = new ArrayList<>(files.size());
        List<Path> paths = new ArrayList<>(files.size());
        for (Path file : files) {
            Draft draft = drafts.get(file);
            if (draft != null) { // else: listed but unread, which the next look reads
                all.add(draft);
                paths.add(file);
            }
        }
        Map<Draft, List<Finding>> findings = linter.lint(all, lintCache);
        Map<String, String> published = publishedHashes.get();
        List<Row> rows = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Draft draft = all.get(i);
            rows.add(Row.of(draft, paths.get(i), findings.get(draft), published.get(draft.id())));
        }
        rows.sort(WORST_FIRST);
        Map<String, Row> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.putIfAbsent(r.id(), r));
        snapshot = new Snapshot(List.copyOf(rows), byId);
        return snapshot;
    }
}
