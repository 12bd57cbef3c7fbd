package dev.seogen.core.pipeline;

import dev.seogen.core.InputException;
import dev.seogen.core.SeogenException;
import dev.seogen.core.Sha256;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Generation;
import dev.seogen.core.article.LanguageVersion;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.GivenPassage;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.model.WrapupRequest;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.Topic;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * One article from topic to draft: the outline, then every section at once, then the intro and summary,
 * each step taken from the journal when an earlier run finished it. Never overwrites a draft that exists
 * unless forced, and never one that does not read.
 */
final class ArticleGenerator {
    private final ArticleModel model;
    private final DraftStore drafts;
    private final Path journals;
    private final ExecutorService sectionWriters;
    private final Clock clock;
    private final @Nullable SourceVetting vetting;
    private final @Nullable Grounding grounding;
    private final ArticleTranslator translator;

    ArticleGenerator(
            ArticleModel model,
            DraftStore drafts,
            Path journals,
            ExecutorService sectionWriters,
            Clock clock,
            @Nullable SourceVetting vetting,
            TranslationSources translations,
            @Nullable Grounding grounding) {
        this.model = model;
        this.drafts = drafts;
        this.journals = journals;
        this.sectionWriters = sectionWriters;
        this.clock = clock;
        this.vetting = vetting;
        this.grounding = grounding;
        this.translator = new ArticleTranslator(model, drafts, sectionWriters, clock, translations);
    }

    ArticleOutcome generate(PlannedTopic asked, boolean force, boolean redoRejected) {
        Instant started = clock.instant();
        PlannedTopic planned = asked;
        Path path = drafts.pathOf(asked.categorySlug(), asked.slug());
        if (Files.exists(path)) {
            Rejected rejected = redoRejected ? rejected(path) : null;
            if (rejected != null) {
                // The reviewer's note becomes the model's instruction; the rejected version stays beside it.
                AtomicFile.write(rejected.kept(), rejected.bytes());
                planned = asked.withTopic(asked.topic().withInstruction(rejected.note()));
            } else {
                ArticleOutcome decided = existingDraft(asked, path, force, started);
                if (decided != null) {
                    return decided;
                }
            }
        }
        if (planned.topic().translateFrom() != null) {
            return translator.translate(planned, started);
        }
        Tally tally = new Tally();
        String step = "library";
        try {
            Grounding.Offer offer = null;
            if (grounding != null) {
                offer = grounding.offer(planned.topic());
                if (offer.isEmpty()) {
                    if (!grounding.fallbackToModel()) {
                        return failed(planned, tally, started, step, grounding.nothingRelevant(planned.topic(), offer));
                    }
                    offer = null; // library.fallback: model — written as without a library, its sources checked
                }
            }
            Journal journal = Journal.open(
                    journals, planned, fingerprint(planned.topic(), offer), started.truncatedTo(ChronoUnit.MILLIS));
            step = "outline";
            Answer<Outline> outline = journal.outline();
            if (outline == null) {
                outline = tally.add(model.outline(
                        new OutlineRequest(planned.topic(), List.of(), offer == null ? List.of() : offer.documents())));
                journal.outline(outline);
            }
            Grounding.Resolved resolved = offer == null ? null : grounding.resolve(outline.value(), offer.documents());
            Map<Integer, SourceCheck> checks = Map.of();
            if (vetting != null && resolved == null) {
                step = "sources";
                for (int replans = 0; ; replans++) {
                    SourceVetting.Verdict verdict = vetting.vet(outline.value().sources());
                    if (verdict.passed()) {
                        checks = verdict.checks();
                        break;
                    }
                    if (replans == SourceVetting.REPLANS) {
                        return failed(
                                planned,
                                tally,
                                started,
                                step,
                                "the plan kept citing sources that do not check out, after "
                                        + SourceVetting.REPLANS + " new plans: "
                                        + String.join("; ", verdict.refused()));
                    }
                    step = "outline";
                    outline = tally.add(model.outline(new OutlineRequest(planned.topic(), verdict.refused())));
                    journal.outline(outline);
                    step = "sources";
                }
            }
            Outline plan = resolved == null ? outline.value() : resolved.outline();
            step = "sections";
            List<List<GivenPassage>> given = new ArrayList<>();
            for (int i = 0; i < plan.sections().size(); i++) {
                given.add(resolved == null ? List.of() : grounding.passages(resolved, i, offer.documents()));
            }
            List<Answer<SectionText>> sections = sections(planned.topic(), plan, given, journal, tally);
            step = "intro and summary";
            Answer<Wrapup> wrapup = journal.wrapup();
            if (wrapup == null) {
                wrapup = tally.add(model.wrapup(new WrapupRequest(planned.topic(), plan, assemble(plan, sections))));
                journal.wrapup(wrapup);
            }
            step = "draft";
            Draft draft = draft(planned, plan, outline.model(), sections, wrapup, journal)
                    .withChecks(checks);
            if (resolved != null) {
                draft = draft.withEvidence(Grounding.evidence(
                        resolved, given, sections.stream().map(Answer::value).toList()));
            }
            drafts.write(draft);
            journal.delete();
            return new ArticleOutcome(
                    planned,
                    ArticleOutcome.Status.GENERATED,
                    tally.calls,
                    tally.usage,
                    tally.cost,
                    Duration.between(started, clock.instant()),
                    null,
                    null,
                    tally.fromCache);
        } catch (ModelUnusableException e) {
            tally.spent(e);
            throw new Unusable(failed(planned, tally, started, step, e.getMessage()), e);
        } catch (SectionUnusable e) {
            throw new Unusable(
                    failed(planned, tally, started, e.step, e.getCause().getMessage()), e.unusable);
        } catch (SectionFailure e) {
            return failed(planned, tally, started, e.step, e.getCause().getMessage());
        } catch (ModelException e) {
            tally.spent(e);
            return failed(planned, tally, started, step, e.getMessage());
        } catch (SeogenException e) {
            return failed(planned, tally, started, step, e.getMessage());
        } catch (UncheckedIOException e) {
            return failed(planned, tally, started, step, e.getMessage() + " (is the disk full?)");
        }
    }

    /** A rejected draft to write again: its note, its bytes, and where they are kept. */
    private record Rejected(String note, byte[] bytes, Path kept) {}

    /** The draft at {@code path} when a reviewer rejected it, else null (it is then treated as usual). */
    private @Nullable Rejected rejected(Path path) {
        try {
            Draft existing = drafts.read(path);
            if (existing.review().status() != ReviewStatus.REJECTED) {
                return null;
            }
            String note =
                    existing.review().note() == null ? "" : existing.review().note();
            String name = path.getFileName().toString();
            Path kept = path.resolveSibling(name.substring(0, name.length() - ".md".length()) + DraftStore.REJECTED);
            return new Rejected(note, Files.readAllBytes(path), kept);
        } catch (InputException | java.io.IOException e) {
            return null; // a draft that does not read is reported as usual
        }
    }

    /** Skipped or failed because of the draft already at {@code path}; null when it is to be regenerated. */
    private @Nullable ArticleOutcome existingDraft(PlannedTopic planned, Path path, boolean force, Instant started) {
        Draft existing;
        try {
            existing = drafts.read(path);
        } catch (InputException e) {
            return failed(
                    planned,
                    new Tally(),
                    started,
                    "draft",
                    "the draft " + path + " exists but does not read ("
                            + e.getMessage().lines().findFirst().orElse("")
                            + "); fix or delete it, seogen never overwrites it");
        }
        if (!existing.article().question().equals(planned.topic().question())) {
            return failed(
                    planned,
                    new Tally(),
                    started,
                    "draft",
                    "the draft " + path + " answers another question ('"
                            + existing.article().question() + "'); rename that file or change the topic");
        }
        if (force) {
            return null;
        }
        return ArticleOutcome.skipped(
                planned,
                existing.isEdited()
                        ? "the draft exists and was edited by hand (--force overwrites it)"
                        : "the draft exists (--force regenerates it)");
    }

    private List<Answer<SectionText>> sections(
            Topic topic, Outline outline, List<List<GivenPassage>> given, Journal journal, Tally tally) {
        List<CompletableFuture<Answer<SectionText>>> pending = new ArrayList<>();
        for (int i = 0; i < outline.sections().size(); i++) {
            int index = i;
            Answer<SectionText> done = journal.section(index);
            pending.add(
                    done != null
                            ? CompletableFuture.completedFuture(done)
                            : CompletableFuture.supplyAsync(
                                    () -> {
                                        Answer<SectionText> answer = tally.add(model.section(
                                                new SectionRequest(topic, outline, index, given.get(index))));
                                        journal.section(index, answer);
                                        return answer;
                                    },
                                    sectionWriters));
        }
        List<Answer<SectionText>> sections = new ArrayList<>();
        SectionFailure failure = null;
        SectionUnusable stopped = null;
        for (int i = 0; i < pending.size(); i++) {
            try {
                sections.add(pending.get(i).join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ModelUnusableException unusable) {
                    tally.spent(unusable);
                    if (stopped == null) {
                        stopped = new SectionUnusable("section " + (i + 1), unusable);
                    }
                    continue; // the other sections are waited for, so that the report counts their calls
                }
                if (e.getCause() instanceof ModelException spent) {
                    tally.spent(spent);
                }
                if (failure == null) {
                    failure = new SectionFailure("section " + (i + 1), e.getCause());
                }
            }
        }
        if (stopped != null) {
            throw stopped;
        }
        if (failure != null) {
            throw failure;
        }
        return sections;
    }

    private static List<Section> assemble(Outline outline, List<Answer<SectionText>> sections) {
        List<Section> assembled = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            PlannedSection planned = outline.sections().get(i);
            SectionText text = sections.get(i).value();
            assembled.add(new Section(planned.heading(), text.body(), text.subsections()));
        }
        return assembled;
    }

    private Draft draft(
            PlannedTopic planned,
            Outline outline,
            String outlineModel,
            List<Answer<SectionText>> sections,
            Answer<Wrapup> wrapup,
            Journal journal) {
        Topic topic = planned.topic();
        Article article = new Article(
                topic.question(),
                outline.title(),
                planned.slug(),
                topic.category(),
                topic.language(),
                topic.keywords(),
                outline.metaDescription(),
                wrapup.value().intro(),
                assemble(outline, sections),
                new Section(wrapup.value().summaryHeading(), wrapup.value().summary()),
                outline.sources());
        TokenUsage usage = TokenUsage.NONE;
        BigDecimal cost = BigDecimal.ZERO;
        for (Answer<?> answer : journal.answers()) {
            usage = usage.plus(answer.usage());
            cost = cost.add(answer.cost());
        }
        String models = outlineModel.equals(wrapup.model()) ? outlineModel : outlineModel + " / " + wrapup.model();
        Draft unhashed = Draft.of(article, topic.words(), Review.NEW, null);
        Generation generation = new Generation(
                model.provider(),
                models,
                usage,
                cost,
                journal.startedAt(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), // drafts are read by people: no nanoseconds
                unhashed.contentHash());
        return Draft.of(article, topic.words(), Review.NEW, generation)
                .withVersion(new LanguageVersion(topic.key(), topic.translateFrom()));
    }

    private ArticleOutcome failed(PlannedTopic planned, Tally tally, Instant started, String step, String reason) {
        return new ArticleOutcome(
                planned,
                ArticleOutcome.Status.FAILED,
                tally.calls,
                tally.usage,
                tally.cost,
                Duration.between(started, clock.instant()),
                step,
                reason,
                tally.fromCache);
    }

    private String fingerprint(Topic topic, Grounding.@Nullable Offer offer) {
        String text = String.join(
                "\n",
                topic.category(),
                topic.question(),
                String.join(",", topic.keywords()),
                topic.language().value(),
                topic.audience(),
                String.valueOf(topic.words()),
                topic.instruction(),
                model.fingerprint(),
                offer == null ? "" : Grounding.fingerprint(grounding.name(), offer));
        if (topic.translateFrom() != null) {
            text += "\ntranslated from " + topic.translateFrom(); // only then: earlier journals still resume
        }
        return HexFormat.of().formatHex(Sha256.of(text));
    }

    /**
     * The endpoint cannot be used: carries the article's outcome, with the step it was at and what its calls
     * spent, so that the run report counts them and names the step.
     */
    static final class Unusable extends RuntimeException {
        final ArticleOutcome outcome;
        final ModelUnusableException unusable;

        Unusable(ArticleOutcome outcome, ModelUnusableException unusable) {
            super(unusable.getMessage(), unusable);
            this.outcome = outcome;
            this.unusable = unusable;
        }
    }

    /** A section found the endpoint unusable; carries which one. */
    private static final class SectionUnusable extends RuntimeException {
        private final String step;
        private final ModelUnusableException unusable;

        SectionUnusable(String step, ModelUnusableException unusable) {
            super(unusable);
            this.step = step;
            this.unusable = unusable;
        }
    }

    /** A section failed; carries which one, for the report. */
    private static final class SectionFailure extends RuntimeException {
        private final String step;

        SectionFailure(String step, Throwable cause) {
            super(cause);
            this.step = step;
        }
    }
}
