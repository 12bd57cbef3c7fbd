package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftScan;
import dev.seogen.core.draft.DraftStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code seogen generate} end to end: a real batch against an OpenAI-compatible endpoint on WireMock. */
class GenerateBatchTest {
    private static final int TOPICS = 20;
    private static final String FAILS_AT_OUTLINE = "How does feature 7 work?";
    private static final String FAILS_AT_SECTION = "How does feature 13 work?";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path folder;

    private FakeOpenAi model;

    @BeforeEach
    void writeTopics() throws IOException {
        StringBuilder yaml = new StringBuilder("topics:\n");
        String[] categories = {"DNS", "SMTP", "LLM", "CSS"};
        for (int i = 1; i <= TOPICS; i++) {
            yaml.append("  - category: ")
                    .append(categories[i % categories.length])
                    .append('\n')
                    .append("    question: How does feature ")
                    .append(i)
                    .append(" work?\n");
        }
        Files.writeString(folder.resolve("topics.yaml"), yaml);
        model = new FakeOpenAi(server, server).answering();
    }

    private CommandRun generate(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "generate",
                "--topics",
                "topics.yaml",
                "--base-url",
                server.baseUrl() + "/v1",
                "--model",
                "gpt-4o-mini",
                "--concurrency",
                "4",
                "--requests-per-minute",
                "1000000",
                "--retries",
                "1",
                "--price-input",
                "0.15",
                "--price-output",
                "0.60"));
        args.addAll(List.of(extra));
        return CommandRun.seogen(folder, Map.of(), args.toArray(String[]::new));
    }

    @Test
    void aBatchWithFaultsDraftsEveryOtherArticleAndNamesEachFailure() throws IOException {
        model.failing("outline", FAILS_AT_OUTLINE, 500).rambling("section", FAILS_AT_SECTION);

        CommandRun run = generate("--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        DraftScan scan = new DraftStore(folder.resolve("drafts")).scan();
        assertThat(scan.unreadable()).isEmpty();
        assertThat(scan.drafts()).as(run.out()).hasSize(TOPICS - 2).allSatisfy(draft -> {
            assertThat(draft.review().status()).isEqualTo(ReviewStatus.DRAFT);
            assertThat(draft.generation()).isNotNull();
            assertThat(draft.generation().usage().total()).isPositive();
            assertThat(draft.isEdited()).isFalse();
            assertThat(draft.article().sections()).hasSize(3);
            assertThat(draft.article().summary().heading()).isEqualTo("Summary");
        });
        assertThat(run.out())
                .contains("Generated 18, skipped 0, failed 2 of 20 topics")
                .contains("how-does-feature-7-work.md — outline: the endpoint kept failing after 2 tries: HTTP 500")
                .contains("how-does-feature-13-work.md — section 1: the answer of gpt-4o-mini-2024-07-18 was still"
                        + " unusable after 3 tries")
                .contains("Report: .seogen/runs/");
        JsonNode report = onlyReport();
        assertThat(report.get("generated").asInt()).isEqualTo(18);
        assertThat(report.get("failed").asInt()).isEqualTo(2);
        assertThat(report.get("calls").asInt()).isEqualTo(model.calls());
        assertThat(report.get("articles")).hasSize(TOPICS);
        assertThat(report.get("cost").decimalValue()).isPositive();
    }

    @Test
    void aSecondRunResumesAtTheFailedStepAndPaysForNothingElse() throws IOException {
        model.failing("outline", FAILS_AT_OUTLINE, 500).rambling("section", FAILS_AT_SECTION);
        generate("--no-cache");
        int firstRun = model.calls();
        model.reset();
        model.answering();

        CommandRun second = generate("--no-cache");

        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        // feature 7: outline, 3 sections, intro+summary; feature 13: its outline is journaled, so 3 sections and
        // the intro+summary. Nothing for the 18 drafts that exist.
        assertThat(model.calls()).isEqualTo(5 + 4);
        assertThat(second.out()).contains("Generated 2, skipped 18, failed 0 of 20 topics");
        assertThat(firstRun).isGreaterThan(100);
        try (Stream<Path> journal = Files.walk(folder.resolve(".seogen/journal"))) {
            assertThat(journal.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void withTheCacheRegeneratingEverythingCostsNoCall() {
        CommandRun first = generate();
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        int firstRun = model.calls();

        CommandRun second = generate("--force");

        assertThat(second.exitCode()).isZero();
        assertThat(model.calls()).isEqualTo(firstRun);
        assertThat(second.out())
                .contains("Generated 20, skipped 0, failed 0 of 20 topics")
                .contains("0 model calls")
                .contains("0 input + 0 output tokens")
                .contains("From cache: 100 answers (no call, no token in this run).");
    }

    @Test
    void aDraftEditedByHandIsNotOverwrittenWithoutForce() throws IOException {
        generate("--limit", "1");
        Path draft;
        try (Stream<Path> files = Files.walk(folder.resolve("drafts"))) {
            draft = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String edited = Files.readString(draft).replace("A CNAME record lets", "A reviewer wrote that a CNAME lets");
        Files.writeString(draft, edited);

        CommandRun again = generate("--limit", "1");

        assertThat(again.out()).contains("skipped 1");
        assertThat(draft).hasContent(edited);
        Draft read = new DraftStore(folder.resolve("drafts")).read(draft);
        assertThat(read.isEdited()).isTrue();
    }

    @Test
    void anUnusableEndpointStopsTheRunWithExitCode3() throws IOException {
        model.reset();
        model.failing("outline", "How does", 401);

        CommandRun run = generate();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("stopped: the model endpoint cannot be used")
                .contains("HTTP 401");
        assertThat(run.out()).contains("Not started:").doesNotContain("— model:");
        assertThat(model.calls()).isLessThanOrEqualTo(8); // at most the articles under way when the 401 came
        JsonNode report = onlyReport();
        assertThat(report.get("calls").asInt()).as("every refused call counted").isEqualTo(model.calls());
        assertThat(report.get("articles").findValuesAsText("failed_step"))
                .isNotEmpty()
                .containsOnly("outline");
        assertThat(report.has("removed_characters")).isTrue();
    }

    @Test
    void theDryRunEstimatesCallsTokensAndCost() {
        CommandRun run = generate("--dry-run");

        assertThat(run.out())
                .contains("Estimate: 20 to draft (0 exist already): about 120 model calls")
                .contains("105.6k input and 30.6k output tokens; cost about 0.0342");
        assertThat(model.calls()).isZero();
    }

    @Test
    void shardsSplitTheListWithoutOverlap() {
        List<String> drafted = new ArrayList<>();
        for (int shard = 0; shard < 3; shard++) {
            CommandRun run = generate("--dry-run", "--shard", shard + "/3");
            run.out().lines().filter(l -> l.contains(".md")).forEach(drafted::add);
        }

        assertThat(drafted).hasSize(TOPICS).doesNotHaveDuplicates();
    }

    private JsonNode onlyReport() throws IOException {
        try (Stream<Path> reports = Files.list(folder.resolve(".seogen/runs"))) {
            List<Path> all = reports.toList();
            assertThat(all).hasSize(1);
            return new ObjectMapper().readTree(all.get(0).toFile());
        }
    }

    @Test
    void whenTheReportCannotBeWrittenTheSummaryNamesEveryFailedArticle() throws IOException {
        Files.createDirectories(folder.resolve(".seogen"));
        Files.writeString(folder.resolve(".seogen/runs"), "a file where a folder belongs: as good as a full disk");
        model.failing("outline", FAILS_AT_OUTLINE, 500).rambling("section", FAILS_AT_SECTION);

        CommandRun run = generate();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("failed 2 of " + TOPICS + " topics", "Report: not written (")
                .contains("how-does-feature-7-work.md — outline", "how-does-feature-13-work.md — section");
    }

    @Test
    void redoRejectedWritesARejectedDraftAgainWithTheReviewersNoteAndKeepsTheOldOne() throws IOException {
        CommandRun first = generate();
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path draft = folder.resolve("drafts/llm/how-does-feature-2-work.md");
        String before = Files.readString(draft);
        String id = new DraftStore(folder.resolve("drafts")).read(draft).id();
        CommandRun reject = CommandRun.seogen(
                folder, "review", "reject", id, "--note", "Compare the options in a table and cite the RFC.");
        assertThat(reject.exitCode()).as(reject.err()).isZero();
        model.reset();
        model.answering();

        CommandRun redo = generate("--redo-rejected");

        assertThat(redo.exitCode()).as(redo.err()).isZero();
        assertThat(redo.out()).contains("Generated 1, skipped " + (TOPICS - 1));
        assertThat(server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH))
                        .withRequestBody(containing("Compare the options in a table and cite the RFC."))))
                .hasSize(model.calls())
                .hasSize(5); // outline, three sections, intro and summary: every step carries the note
        Path kept = folder.resolve("drafts/llm/how-does-feature-2-work.rejected.md");
        assertThat(kept).content().contains("status: rejected", "Compare the options in a table");
        assertThat(new DraftStore(folder.resolve("drafts")).read(draft).review().status())
                .isEqualTo(ReviewStatus.DRAFT);
        CommandRun list = CommandRun.seogen(folder, "review", "list");
        assertThat(list.err()).doesNotContain("rejected.md");
        assertThat(list.out()).contains(TOPICS + " drafts");
        assertThat(before).contains("status: draft");
    }
}
