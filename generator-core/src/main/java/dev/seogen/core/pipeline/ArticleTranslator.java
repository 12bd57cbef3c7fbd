package dev.seogen.core.pipeline;

import dev.seogen.core.SeogenException;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Generation;
import dev.seogen.core.article.LanguageVersion;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.core.model.TranslatedFrame;
import dev.seogen.core.model.TranslatedSection;
import dev.seogen.core.model.TranslationRequest;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.Topic;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * A version written from the approved version of its key in another language: every section translated at
 * once, then the title, description, intro and summary. The translation keeps the original's sections and
 * sub-sections in their order and its sources as they are; the draft says which language it was translated
 * from. Its calls are not journaled: the response cache keeps what an interrupted run paid for.
 */
final class ArticleTranslator {
    private final ArticleModel model;
    private final DraftStore drafts;
    private final ExecutorService sectionWriters;
    private final Clock clock;
    private final TranslationSources sources;

    ArticleTranslator(
            ArticleModel model,
            DraftStore drafts,
            ExecutorService sectionWriters,
            Clock clock,
            TranslationSources sources) {
        this.model = model;
        this.drafts = drafts;
        this.sectionWriters = sectionWriters;
        this.clock = clock;
        this.sources = sources;
    }

    ArticleOutcome translate(PlannedTopic planned, Instant started) {
        Tally tally = new Tally();
        String step = "source";
        try {
            Draft original = sources.source(planned.topic(), drafts.root().toString());
            TranslationRequest request = new TranslationRequest(planned.topic(), original.article());
            step = "sections";
            List<Answer<TranslatedSection>> sections = sections(request, tally);
            List<Section> translated =
                    sections.stream().map(a -> a.value().section()).toList();
            step = "title, intro and summary";
            Answer<TranslatedFrame> frame = tally.add(model.translateFrame(request, translated));
            step = "draft";
            drafts.write(draft(planned, original, translated, frame, started, tally));
            return outcome(planned, ArticleOutcome.Status.GENERATED, tally, started, null, null);
        } catch (ModelUnusableException e) {
            tally.spent(e);
            throw new ArticleGenerator.Unusable(
                    outcome(planned, ArticleOutcome.Status.FAILED, tally, started, step, e.getMessage()), e);
        } catch (ModelException e) {
            tally.spent(e);
            return outcome(planned, ArticleOutcome.Status.FAILED, tally, started, step, e.getMessage());
        } catch (SeogenException e) {
            return outcome(planned, ArticleOutcome.Status.FAILED, tally, started, step, e.getMessage());
        } catch (UncheckedIOException e) {
            return outcome(
                    planned,
                    ArticleOutcome.Status.FAILED,
                    tally,
                    started,
                    step,
                    e.getMessage() + " (is the disk full?)");
        }
    }

    /** Every section at once; the first failure, in section order, is the article's, once all are done. */
    private List<Answer<TranslatedSection>> sections(TranslationRequest request, Tally tally) {
        List<CompletableFuture<Answer<TranslatedSection>>> pending = new ArrayList<>();
        for (int i = 0; i < request.source().sections().size(); i++) {
            int index = i;
            pending.add(CompletableFuture.supplyAsync(
                    () -> tally.add(model.translateSection(request, index)), sectionWriters));
        }
        List<Answer<TranslatedSection>> sections = new ArrayList<>();
        RuntimeException failure = null;
        for (int i = 0; i < pending.size(); i++) {
            try {
                sections.add(pending.get(i).join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ModelException spent) {
                    tally.spent(spent);
                }
                if (failure == null || e.getCause() instanceof ModelUnusableException) {
                    failure = e.getCause() instanceof RuntimeException cause
                            ? cause
                            : new ModelException("section " + (i + 1) + ": " + e.getCause(), e.getCause());
                }
            }
        }
        if (failure instanceof ModelException spent) {
            // counted above: what the article's failure carries must not be counted twice
            throw spent instanceof ModelUnusableException unusable
                    ? new ModelUnusableException(unusable.getMessage(), unusable)
                    : new ModelException(spent.getMessage(), spent);
        }
        if (failure != null) {
            throw failure;
        }
        return sections;
    }

    private Draft draft(
            PlannedTopic planned,
            Draft original,
            List<Section> sections,
            Answer<TranslatedFrame> frame,
            Instant started,
            Tally tally) {
        Topic topic = planned.topic();
        Article source = original.article();
        TranslatedFrame text = frame.value();
        Article article = new Article(
                topic.question(),
                text.title(),
                planned.slug(),
                topic.category(),
                topic.language(),
                topic.keywords().isEmpty() ? source.keywords() : topic.keywords(),
                text.metaDescription(),
                text.intro(),
                sections,
                new Section(text.summaryHeading(), text.summary()),
                source.sources());
        LanguageVersion version = new LanguageVersion(topic.key(), topic.translateFrom());
        Draft unhashed = Draft.of(article, original.targetWords(), Review.NEW, null);
        Generation generation = new Generation(
                model.provider(),
                frame.model(),
                tally.usage,
                tally.cost,
                started.truncatedTo(ChronoUnit.MILLIS),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                unhashed.contentHash());
        return Draft.of(article, original.targetWords(), Review.NEW, generation).withVersion(version);
    }

    private ArticleOutcome outcome(
            PlannedTopic planned,
            ArticleOutcome.Status status,
            Tally tally,
            Instant started,
            @Nullable String step,
            @Nullable String reason) {
        return new ArticleOutcome(
                planned,
                status,
                tally.calls,
                tally.usage,
                tally.cost,
                Duration.between(started, clock.instant()),
                step,
                reason,
                tally.fromCache);
    }
}
