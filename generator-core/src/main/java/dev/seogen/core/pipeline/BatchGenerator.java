package dev.seogen.core.pipeline;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.core.source.SourceChecker;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.topic.PlannedTopic;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Runs a batch: several articles at once, and the sections of each at once, so that the endpoint is kept
 * busy within the model's own concurrency and rate limits. A failed article never stops the batch; an
 * endpoint that cannot be used does (no article could succeed). Only a bounded number of articles is held
 * in memory at any time.
 */
public final class BatchGenerator {
    private final ArticleModel model;
    private final DraftStore drafts;
    private final Path journals;
    private final int concurrency;
    private final Clock clock;
    private final @Nullable SourceChecker sources;
    private final @Nullable GroundedLibrary library;
    private final AtomicReference<String> stop = new AtomicReference<>();

    /**
     * @param stateFolder the {@code .seogen} folder; journals go to its {@code journal/} sub-folder
     * @param concurrency how many articles, and how many sections, are worked on at once
     */
    public BatchGenerator(ArticleModel model, DraftStore drafts, Path stateFolder, int concurrency, Clock clock) {
        this(model, drafts, stateFolder, concurrency, clock, null);
    }

    /**
     * A batch that checks each outline's sources with {@code sources} before any section is written (see
     * {@link SourceVetting}); with {@code null}, sources are not checked.
     */
    public BatchGenerator(
            ArticleModel model,
            DraftStore drafts,
            Path stateFolder,
            int concurrency,
            Clock clock,
            @Nullable SourceChecker sources) {
        this(model, drafts, stateFolder, concurrency, clock, sources, null);
    }

    /**
     * A batch that writes every article from {@code library} (see {@link GroundedLibrary}): the outline chooses
     * its sources among the documents found for the question, each section is written from passages found for
     * its heading; with {@code null}, articles are written from the model alone.
     */
    public BatchGenerator(
            ArticleModel model,
            DraftStore drafts,
            Path stateFolder,
            int concurrency,
            Clock clock,
            @Nullable SourceChecker sources,
            @Nullable GroundedLibrary library) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be 1 or more, got " + concurrency);
        }
        this.model = model;
        this.drafts = drafts;
        this.journals = stateFolder.resolve("journal");
        this.concurrency = concurrency;
        this.clock = clock;
        this.sources = sources;
        this.library = library;
    }

    /** Starts no new article; those in progress finish their current step and are journaled. */
    public void cancel(String why) {
        stop.compareAndSet(null, why);
    }

    public RunReport run(List<PlannedTopic> plan, boolean force, BatchListener listener) {
        return run(plan, force, false, listener);
    }

    /**
     * Runs the batch; with {@code redoRejected}, a draft a reviewer rejected is written again with the
     * reviewer's note as an instruction to the model, its rejected version kept beside it as
     * {@code <slug>.rejected.md}.
     */
    public RunReport run(List<PlannedTopic> plan, boolean force, boolean redoRejected, BatchListener listener) {
        checkWritable(drafts.root());
        checkWritable(journals);
        Instant started = clock.instant();
        AtomicReferenceArray<ArticleOutcome> outcomes = new AtomicReferenceArray<>(plan.size());
        ExecutorService articleWorkers = Executors.newFixedThreadPool(concurrency, daemon("seogen-article"));
        ExecutorService sectionWriters = Executors.newFixedThreadPool(concurrency, daemon("seogen-section"));
        ArticleGenerator generator = new ArticleGenerator(
                model,
                drafts,
                journals,
                sectionWriters,
                clock,
                sources == null ? null : new SourceVetting(sources),
                TranslationSources.of(drafts, plan),
                library == null ? null : new Grounding(library));
        Semaphore inMemory = new Semaphore(2 * concurrency);
        AtomicBoolean unusable = new AtomicBoolean();
        listener.started(plan.size());
        try {
            for (int i = 0; i < plan.size() && stop.get() == null; i++) {
                int index = i;
                PlannedTopic planned = plan.get(i);
                inMemory.acquireUninterruptibly();
                if (stop.get() != null) {
                    inMemory.release();
                    break;
                }
                articleWorkers.execute(() -> {
                    try {
                        if (stop.get() != null) {
                            return; // queued before the stop: not started, as the report says
                        }
                        ArticleOutcome outcome = attempt(generator, planned, force, redoRejected, unusable);
                        outcomes.set(index, outcome);
                        listener.finished(outcome);
                    } finally {
                        inMemory.release();
                    }
                });
            }
        } finally {
            shutDown(articleWorkers);
            shutDown(sectionWriters);
            listener.ended();
        }
        List<ArticleOutcome> done = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (outcomes.get(i) != null) {
                done.add(outcomes.get(i));
            }
        }
        return new RunReport(started, clock.instant(), done, plan.size() - done.size(), stop.get(), unusable.get());
    }

    private ArticleOutcome attempt(
            ArticleGenerator generator,
            PlannedTopic planned,
            boolean force,
            boolean redoRejected,
            AtomicBoolean unusable) {
        Instant started = clock.instant();
        try {
            return generator.generate(planned, force, redoRejected);
        } catch (ArticleGenerator.Unusable e) {
            unusable.set(true);
            cancel("the model endpoint cannot be used: " + e.getMessage());
            return e.outcome; // with the step it was at and the calls it made
        } catch (ModelUnusableException e) {
            unusable.set(true);
            cancel("the model endpoint cannot be used: " + e.getMessage());
            return failure(planned, started, "model", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours for this article: report it with the article and go on with the batch.
            return failure(planned, started, "internal", "internal error, please report it: " + e);
        }
    }

    /** Before any call is paid for: a folder seogen cannot write to is bad input, not a batch of failures. */
    private static void checkWritable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, AtomicFile.TEMP_PREFIX, ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(
                    folder,
                    "cannot write here (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check the path and its permissions. No model was called."));
        }
    }

    private ArticleOutcome failure(PlannedTopic planned, Instant started, String step, String reason) {
        return new ArticleOutcome(
                planned,
                ArticleOutcome.Status.FAILED,
                0,
                TokenUsage.NONE,
                BigDecimal.ZERO,
                Duration.between(started, clock.instant()),
                step,
                reason);
    }

    private static void shutDown(ExecutorService executor) {
        executor.shutdown();
        try {
            while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: an article in progress finishes its step, however slow the endpoint
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
