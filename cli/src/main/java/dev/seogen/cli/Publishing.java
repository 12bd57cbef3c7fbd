package dev.seogen.cli;

import dev.seogen.core.InputException;
import dev.seogen.core.Sha256;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.draft.DraftHeaders;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.publish.PublishOptions;
import dev.seogen.publish.PublishResult;
import dev.seogen.publish.PublishedArticle;
import dev.seogen.publish.RetiredPage;
import dev.seogen.publish.SitePublisher;
import dev.seogen.publish.SiteSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Publishing drafts, for {@code publish} and {@code demo}: which drafts go out, their dates, their new status. */
final class Publishing {
    /** What was published, and how many approved drafts are now marked published. */
    record Outcome(PublishResult result, int marked, List<String> notes) {}

    /** Drafts written at once when marking them published. */
    private static final int WRITERS = 8;

    private Publishing() {}

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work}'s parallel streams on more threads than cores: writing a draft mostly waits for the
     * disk to confirm it, and the disk confirms several writes at once.
     */
    private static <T> T inParallel(Supplier<T> work) {
        ForkJoinPool pool = new ForkJoinPool(WRITERS);
        try {
            return pool.submit(work::get).join();
        } finally {
            pool.shutdown();
        }
    }

    /** What marking one draft published gave: its file as written, or what went wrong. */
    private record Marked(
            DraftStore.@Nullable Written written, @Nullable RuntimeException failure) {}

    /** A draft read for its header: its file as it was then, and the draft while memory holds it. */
    private record Scanned(DraftStore.Listed file, SoftReference<Draft> draft) {
        /** The draft as read, if memory still holds it and its file has not changed since. */
        @Nullable
        Draft unchanged(DraftStore store) {
            Draft kept = draft.get();
            return kept != null && store.unchangedSince(file) ? kept : null;
        }
    }

    private static Draft content(DraftStore store, Map<Path, Scanned> read, DraftHeader header) {
        Scanned scanned = read.get(header.file());
        Draft kept = scanned == null ? null : scanned.draft().get();
        return kept == null ? store.read(header.file()) : kept;
    }

    /** Waits for {@code saving}, and throws what stopped it. */
    private static void saved(CompletableFuture<Void> saving) {
        try {
            saving.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Waits for {@code saving} to succeed or fail. */
    private static void settled(CompletableFuture<Void> saving) {
        saving.exceptionally(failure -> null).join();
    }

    /** Whether publish puts the draft's page out: approved or published, or a draft in a preview. */
    private static boolean goesOut(DraftHeader draft, boolean includeDrafts) {
        ReviewStatus status = draft.review().status();
        return status == ReviewStatus.APPROVED
                || status == ReviewStatus.PUBLISHED
                || (includeDrafts && status == ReviewStatus.DRAFT);
    }

    /**
     * Marks an approved draft published on disk. The draft read for its header is used while its file is
     * unchanged; else it is read again, so that an edit made since stays, and its new header is left for the
     * next publish to read. Returns the file as written when its header still describes it.
     */
    private static DraftStore.@Nullable Written markPublished(
            DraftStore store, DraftHeader draft, @Nullable Scanned scanned, Instant now) {
        Review review = new Review(ReviewStatus.PUBLISHED, draft.review().note(), now);
        Draft unchanged = scanned == null ? null : scanned.unchanged(store);
        if (unchanged != null) {
            return store.write(unchanged.withReview(review), draft.withReview(review));
        }
        Draft current = store.read(draft.file());
        if (current.review().status() == ReviewStatus.APPROVED) { // not rejected by hand meanwhile
            store.write(current.withReview(review));
        }
        return null;
    }

    /**
     * Publishes the approved and published drafts (and plain drafts with {@code includeDrafts}), then marks the
     * approved ones published as of {@code now}. The site is written before any draft changes. What a
     * re-publish needs to skip unchanged work is kept in {@code state} (the project's .seogen folder): the
     * last real change of each draft (published.json), an index of the drafts' headers and each site's
     * manifest (publish/); {@code full} renders every page regardless (see {@link SitePublisher#publish}); {@code overwrite} replaces files
     * at the site's paths that seogen has no record of writing, instead of refusing the publish.
     */
    static Outcome publish(
            DraftStore store,
            PrintWriter err,
            SiteSettings settings,
            boolean includeDrafts,
            boolean full,
            boolean overwrite,
            Instant now,
            Path state) {
        return publish(
                store,
                err,
                settings,
                includeDrafts,
                full,
                PublishOptions.DEFAULTS.withOverwrite(overwrite),
                now,
                state,
                false);
    }

    /**
     * Publishes as {@link #publish(DraftStore, PrintWriter, SiteSettings, boolean, boolean, boolean, Instant, Path)}
     * does, as {@code options} say (--overwrite, --no-auto-links); with {@code requireReview}, a published
     * draft edited since it went live (status edited) is held back: its page is rendered from the copy kept
     * when it went live (.seogen/published/), until it is approved again. Each draft that goes live leaves
     * such a copy.
     */
    static Outcome publish(
            DraftStore store,
            PrintWriter err,
            SiteSettings settings,
            boolean includeDrafts,
            boolean full,
            PublishOptions options,
            Instant now,
            Path state,
            boolean requireReview) {
        Path caches = state.resolve("publish");
        CompletableFuture<ContentChanges> loading = // while the drafts are listed
                CompletableFuture.supplyAsync(() -> ContentChanges.load(state.resolve("published.json")));
        // Drafts read for their headers are kept while memory allows: a first publish then reads each once.
        Map<Path, Scanned> read = new ConcurrentHashMap<>();
        Path index = caches.resolve(
                "drafts-" + HexFormat.of().formatHex(Sha256.of(store.root().toString()), 0, 8) + ".index");
        if (full) {
            forget(index); // every draft is read again
        }
        DraftHeaders found = store.headers(
                index, (file, draft) -> read.put(file.header().file(), new Scanned(file, new SoftReference<>(draft))));
        Drafts.reportUnreadable(found.unreadable(), err);
        ContentChanges changes = loading.join();
        PublishedVersions versions = requireReview ? PublishedVersions.load(state) : null;
        List<PublishedArticle> articles = new ArrayList<>();
        Set<String> live = new HashSet<>();
        Set<String> livePaths = new HashSet<>();
        List<DraftHeader> kept = new ArrayList<>();
        List<DraftHeader> going = new ArrayList<>();
        for (DraftHeader listed : found.headers()) {
            DraftHeader draft = listed; // or, held back, the copy of what is live
            if (versions != null && versions.edited(draft)) {
                Path copy = versions.copyOf(draft.categorySlug(), draft.slug());
                if (Files.isRegularFile(copy)) {
                    Draft published = store.read(copy);
                    draft = DraftHeader.of(copy, published);
                    err.println(
                            "held back: " + listed.id() + " (" + listed.file().getFileName() + ") was edited"
                                    + " since it was published; its page stays as it was until it is approved again"
                                    + " (publish.require-review)");
                } else {
                    err.println("not held back: " + listed.id() + " was edited since it was published, but no copy"
                            + " of its published version was kept (" + copy + "); the edit goes live");
                }
            } else if (versions != null
                    && (draft.review().status() == ReviewStatus.APPROVED
                            || draft.review().status() == ReviewStatus.PUBLISHED)) {
                kept.add(draft);
            }
            if (goesOut(draft, includeDrafts)) {
                going.add(draft);
            }
        }
        Function<DraftHeader, String> pagePath = SitePublisher.pagePaths(going, settings); // by the site's languages
        for (DraftHeader draft : going) {
            boolean approved = draft.review().status() != ReviewStatus.DRAFT;
            // A preview's drafts are not live: their first day is not recorded, and nothing retires them.
            String path = pagePath.apply(draft);
            Instant published = changes.firstPublished(draft, path, now, approved);
            Instant changed = changes.lastChange(draft, now);
            articles.add(new PublishedArticle(draft, published, changed.isAfter(published) ? changed : published));
            livePaths.add(path);
            if (approved) {
                live.add(draft.id());
            }
        }
        List<RetiredPage> retired = changes.retired(live, livePaths);
        // Written while the pages are rendered, and on disk before any of them goes live: a publish stopped
        // after that cannot move a first-live date.
        CompletableFuture<Void> saving = CompletableFuture.runAsync(changes::save, task -> {
            Thread thread = new Thread(task, "seogen-dates");
            thread.start();
        });
        PublishResult result;
        try {
            result = new SitePublisher(settings, caches, options)
                    .publish(articles, header -> content(store, read, header), full, retired, () -> saved(saving));
            saved(saving); // waited for before any page went live; a failure is never passed over
        } catch (InputException refused) { // refused before any page went live: no first-live date is kept
            settled(saving);
            if (!saving.isCompletedExceptionally()) { // else the record is as it was: nothing to put back
                try {
                    changes.undo();
                } catch (RuntimeException undoing) {
                    refused.addSuppressed(undoing); // the refusal is what the user needs to read first
                }
            }
            throw refused;
        } finally {
            settled(saving); // a publish that failed otherwise leaves the record as before: written
        }
        if (versions != null) {
            kept.forEach(versions::keep); // what went live, for the next edit to be held back against
        }
        // In parallel: each is read, changed and written to disk on its own, ten thousand on a first publish.
        List<DraftHeader> approved = found.headers().stream()
                .filter(draft -> draft.review().status() == ReviewStatus.APPROVED)
                .toList();
        // Every draft is tried, even when one fails (a draft edited into bad YAML meanwhile, a full disk): the
        // others are marked and remembered, then the first failure is reported.
        List<Marked> outcomes = inParallel(() -> approved.parallelStream()
                .map(draft -> {
                    try {
                        return new Marked(markPublished(store, draft, read.get(draft.file()), now), null);
                    } catch (RuntimeException e) {
                        return new Marked(null, e);
                    }
                })
                .toList());
        List<DraftStore.Written> remembered =
                outcomes.stream().map(Marked::written).filter(Objects::nonNull).toList();
        store.remember(index, remembered); // the next publish need not read them again
        for (Marked outcome : outcomes) {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
        }
        return new Outcome(result, approved.size(), changes.notes());
    }
}
