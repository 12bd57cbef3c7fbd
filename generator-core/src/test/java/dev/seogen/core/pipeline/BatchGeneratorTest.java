package dev.seogen.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Source;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.model.WrapupRequest;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.Topic;
import dev.seogen.core.topic.TopicList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGeneratorTest {
    @TempDir
    Path folder;

    /** A model that answers at once and counts what it is asked, step by step. */
    private static final class CountingModel implements ArticleModel {
        final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        volatile String failingQuestion = "";
        volatile int failingSection = -1;
        volatile boolean unusable;
        volatile boolean unusableAtSections;
        volatile boolean cached;
        volatile Consumer<String> onOutline = question -> {};

        @Override
        public String provider() {
            return "fake";
        }

        @Override
        public String fingerprint() {
            return "fake v1";
        }

        @Override
        public Answer<Outline> outline(OutlineRequest request) {
            count(request.topic().question() + " outline");
            if (unusable) {
                throw new ModelUnusableException(
                        "key refused", null, 6, new TokenUsage(700, 0), new BigDecimal("0.002"));
            }
            onOutline.accept(request.topic().question());
            Outline outline = new Outline(
                    "Title of " + request.topic().question(),
                    "A description of the article that is long enough to be one.",
                    List.of(
                            new PlannedSection("One", "first", List.of(), List.of(1)),
                            new PlannedSection("Two", "second", List.of(), List.of(1)),
                            new PlannedSection("Three", "third", List.of(), List.of(1))),
                    List.of(new Source(
                            1,
                            "RFC 1034",
                            List.of("Mockapetris, P."),
                            1987,
                            "IETF",
                            "https://www.rfc-editor.org/rfc/rfc1034",
                            null)));
            return answer(outline);
        }

        @Override
        public Answer<SectionText> section(SectionRequest request) {
            count(request.topic().question() + " section " + (request.index() + 1));
            if (unusableAtSections && request.index() == 1) {
                throw new ModelUnusableException("model not found", null, 1, TokenUsage.NONE, BigDecimal.ZERO);
            }
            if (request.topic().question().equals(failingQuestion) && request.index() == failingSection) {
                throw new ModelException(
                        "the endpoint kept failing after 5 tries: HTTP 500", null, 5, TokenUsage.NONE, BigDecimal.ZERO);
            }
            return answer(new SectionText("Text of " + request.section().heading() + " [1].", List.of()));
        }

        @Override
        public Answer<Wrapup> wrapup(WrapupRequest request) {
            count(request.topic().question() + " wrapup");
            return answer(new Wrapup("The intro.", "Summary", "The summary."));
        }

        int asked(String what) {
            return asked.getOrDefault(what, new AtomicInteger()).get();
        }

        int total() {
            return asked.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        private void count(String what) {
            asked.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        private <T> Answer<T> answer(T value) {
            return cached
                    ? new Answer<>(value, "fake-1", new TokenUsage(100, 50), BigDecimal.ZERO, 0, true)
                    : new Answer<>(value, "fake-1", new TokenUsage(100, 50), new BigDecimal("0.001"), 1, false);
        }
    }

    private static List<PlannedTopic> plan(int count) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            topics.add(new Topic("DNS", "Question " + i + "?", List.of(), LanguageTag.ENGLISH, "readers", 800));
        }
        return new TopicList(Path.of("t.yaml"), topics, List.of()).plan();
    }

    private RunReport run(CountingModel model, List<PlannedTopic> plan, BatchGenerator batch) {
        return batch.run(plan, false, BatchListener.NONE);
    }

    private BatchGenerator batch(CountingModel model) {
        return new BatchGenerator(
                model, new DraftStore(folder.resolve("drafts")), folder.resolve(".seogen"), 3, Clock.systemUTC());
    }

    @Test
    void aCancelledBatchResumesWithoutAskingTwiceForAnything() {
        CountingModel model = new CountingModel();
        List<PlannedTopic> plan = plan(30);
        BatchGenerator first = batch(model);
        AtomicInteger outlines = new AtomicInteger();
        model.onOutline = question -> {
            if (outlines.incrementAndGet() == 8) {
                first.cancel("stopped by the test");
            }
        };

        RunReport stopped = run(model, plan, first);
        model.onOutline = question -> {};
        RunReport resumed = run(model, plan, batch(model));

        assertThat(stopped.notStarted()).isPositive();
        assertThat(stopped.stoppedBecause()).isEqualTo("stopped by the test");
        assertThat(resumed.count(ArticleOutcome.Status.FAILED)).isZero();
        assertThat(new DraftStore(folder.resolve("drafts")).scan().drafts()).hasSize(30);
        for (PlannedTopic planned : plan) {
            String question = planned.topic().question();
            assertThat(model.asked(question + " outline")).as(question).isEqualTo(1);
            assertThat(model.asked(question + " wrapup")).as(question).isEqualTo(1);
        }
        assertThat(model.total()).isEqualTo(30 * 5);
    }

    @Test
    void anArticleThatFailedAtASectionResumesAtThatSection() {
        CountingModel model = new CountingModel();
        List<PlannedTopic> plan = plan(4);
        model.failingQuestion = "Question 2?";
        model.failingSection = 1;

        RunReport first = run(model, plan, batch(model));
        model.failingSection = -1;
        RunReport second = run(model, plan, batch(model));

        ArticleOutcome failed = first.failures().get(0);
        assertThat(failed.failedStep()).isEqualTo("section 2");
        assertThat(failed.reason()).contains("HTTP 500");
        assertThat(failed.calls()).isEqualTo(1 + 2 + 5); // outline, sections 1 and 3, five tries of section 2
        assertThat(first.count(ArticleOutcome.Status.GENERATED)).isEqualTo(3);
        assertThat(second.count(ArticleOutcome.Status.GENERATED)).isEqualTo(1);
        assertThat(second.count(ArticleOutcome.Status.SKIPPED)).isEqualTo(3);
        assertThat(model.asked("Question 2? outline")).isEqualTo(1);
        assertThat(model.asked("Question 2? section 1")).isEqualTo(1);
        assertThat(model.asked("Question 2? section 3")).isEqualTo(1);
        assertThat(model.asked("Question 2? section 2")).isEqualTo(2);
        assertThat(second.calls()).isEqualTo(2); // section 2, then the intro and summary
    }

    @Test
    void anUnusableModelStopsTheBatch() {
        CountingModel model = new CountingModel();
        model.unusable = true;

        RunReport report = run(model, plan(50), batch(model));

        assertThat(report.modelUnusable()).isTrue();
        assertThat(report.stoppedBecause()).contains("key refused");
        assertThat(report.notStarted()).isGreaterThan(40);
        assertThat(model.total()).isLessThanOrEqualTo(6);
    }

    @Test
    void anUnusableEndpointIsReportedWithTheCallsItTookAndTheStepItStoppedAt() throws IOException {
        CountingModel model = new CountingModel();
        model.unusable = true;

        RunReport report = batch(model).run(plan(1), false, BatchListener.NONE);

        assertThat(report.modelUnusable()).isTrue();
        assertThat(report.calls()).isEqualTo(6);
        assertThat(report.usage()).isEqualTo(new TokenUsage(700, 0));
        assertThat(report.failures().get(0).failedStep()).isEqualTo("outline");
        Path file = folder.resolve("report.json");
        report.withModel(3, List.of("context: 2,048 tokens (GET /props)")).write(file);
        assertThat(Files.readString(file))
                .contains("\"calls\" : 6", "\"failed_step\" : \"outline\"", "\"removed_characters\" : 3")
                .contains("\"context: 2,048 tokens (GET /props)\"");
    }

    @Test
    void anEndpointFoundUnusableAtASectionNamesThatSectionAndCountsTheOthers() {
        CountingModel model = new CountingModel();
        model.unusableAtSections = true;

        RunReport report = batch(model).run(plan(1), false, BatchListener.NONE);

        ArticleOutcome failed = report.failures().get(0);
        assertThat(report.modelUnusable()).isTrue();
        assertThat(failed.failedStep()).isEqualTo("section 2");
        assertThat(failed.calls()).isEqualTo(1 + 2 + 1); // the outline, sections 1 and 3, the refused section 2
    }

    @Test
    void answersFromTheCacheAreCountedApartFromCallsAndTokens() throws IOException {
        CountingModel model = new CountingModel();
        model.cached = true;

        RunReport report = batch(model).run(plan(2), false, BatchListener.NONE);

        assertThat(report.calls()).isZero();
        assertThat(report.usage()).isEqualTo(TokenUsage.NONE);
        assertThat(report.fromCache()).isEqualTo(2 * 5);
        Path file = folder.resolve("report.json");
        report.write(file);
        assertThat(Files.readString(file)).contains("\"from_cache\" : 10", "\"calls\" : 0");
    }

    @Test
    void aCancelledRunCountsTheCallsOfEveryArticleItStarted() {
        CountingModel model = new CountingModel();
        BatchGenerator batch = batch(model);
        model.onOutline = question -> batch.cancel("stopped by the test");

        RunReport report = batch.run(plan(20), false, BatchListener.NONE);

        assertThat(report.notStarted()).isPositive();
        assertThat(report.calls()).isEqualTo(model.total()); // every call made, for the articles started
    }

    @Test
    void anUnreadableDraftInTheWayIsNeverOverwrittenEvenWithForce() throws IOException {
        CountingModel model = new CountingModel();
        List<PlannedTopic> plan = plan(1);
        Path draft = new DraftStore(folder.resolve("drafts"))
                .pathOf(plan.get(0).categorySlug(), plan.get(0).slug());
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, "not a draft");

        RunReport report = batch(model).run(plan, true, BatchListener.NONE);

        assertThat(report.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("exists but does not read"));
        assertThat(draft).hasContent("not a draft");
        assertThat(model.total()).isZero();
    }

    @Test
    void theDraftRecordsEveryStepsTokensAndCostEvenAcrossRuns() {
        CountingModel model = new CountingModel();
        List<PlannedTopic> plan = plan(1);
        model.failingQuestion = "Question 1?";
        model.failingSection = 2;
        run(model, plan, batch(model));
        model.failingSection = -1;

        run(model, plan, batch(model));

        var draft = new DraftStore(folder.resolve("drafts")).scan().drafts().get(0);
        assertThat(draft.generation().usage()).isEqualTo(new TokenUsage(5 * 100, 5 * 50));
        assertThat(draft.generation().cost()).isEqualByComparingTo("0.005");
        assertThat(draft.generation().provider()).isEqualTo("fake");
        assertThat(draft.isEdited()).isFalse();
    }
}
