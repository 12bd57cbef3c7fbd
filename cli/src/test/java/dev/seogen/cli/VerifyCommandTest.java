package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.source.CheckStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code seogen review verify} against a Crossref and a web site on WireMock, in their real shapes. */
class VerifyCommandTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path project;

    private Path draft;

    @BeforeEach
    void writeADraftCitingThreeSources() throws IOException {
        draft = Files.createDirectories(project.resolve("drafts/ml")).resolve("what-is-deep-learning.md");
        Files.writeString(draft, """
                ---
                id: deep000001
                question: What is deep learning?
                title: What Is Deep Learning and Why It Works
                category: ML
                description: "Deep learning trains networks of many layers on data. Learn what it is, how it learns, and where it fails."
                sources:
                  - id: 1
                    title: Deep learning
                    authors: ["LeCun, Y."]
                    year: 2015
                    doi: 10.1038/nature14539
                  - id: 2
                    title: A page that is gone
                    url: %s/gone
                  - id: 3
                    title: A paper nobody wrote
                    doi: 10.1234/invented
                ---

                Deep learning trains networks of many layers [1].

                ## How it learns

                By gradient descent [2], as papers say [3].

                ## Summary

                Layers learn features.
                """.formatted(server.baseUrl()));
        String work = new String(
                VerifyCommandTest.class
                        .getResourceAsStream("/wire/crossref-work.json")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        server.stubFor(get(urlPathEqualTo("/works/10.1038%2Fnature14539"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(work)));
        server.stubFor(get(urlPathEqualTo("/works/10.1234%2Finvented"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "text/plain")
                        .withBody("Resource not found.")));
        server.stubFor(head(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    }

    private CommandRun verify(Map<String, String> extra, String... args) {
        Map<String, String> environment =
                new java.util.HashMap<>(Map.of("SEOGEN_SOURCES_CROSSREF_URL", server.baseUrl()));
        environment.putAll(extra);
        String[] all = new String[args.length + 2];
        all[0] = "review";
        all[1] = "verify";
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.seogen(project, environment, all);
    }

    @Test
    void saysPerSourceWhatItFoundKeepsItInTheDraftAndLintAndApproveUseIt() throws IOException {
        CommandRun run = verify(Map.of("SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("drafts").asInt()).isEqualTo(1);
        assertThat(json.path("sources").asInt()).isEqualTo(3);
        assertThat(json.path("ok").asInt()).isEqualTo(1);
        assertThat(json.path("dead").asInt()).isEqualTo(1);
        assertThat(json.path("missing").asInt()).isEqualTo(1);
        assertThat(json.at("/results/0/status").asText()).isEqualTo("ok");
        assertThat(json.at("/results/0/how").asText()).isEqualTo("doi");
        assertThat(json.at("/results/0/draft").asText()).isEqualTo("ml/what-is-deep-learning.md");
        assertThat(json.at("/results/1/status").asText()).isEqualTo("dead");
        assertThat(json.at("/results/2/detail").asText()).contains("10.1234/invented");

        var checks = new DraftStore(project.resolve("drafts")).read(draft).checks();
        assertThat(checks.get(1).status()).isEqualTo(CheckStatus.OK);
        assertThat(checks.get(2).status()).isEqualTo(CheckStatus.DEAD);
        assertThat(checks.get(3).status()).isEqualTo(CheckStatus.MISSING);
        assertThat(Files.readString(draft))
                .contains("What Is Deep Learning and Why It Works", "By gradient descent [2]");

        int requests = server.getAllServeEvents().size();
        CommandRun lint = CommandRun.seogen(project, "review", "lint", "deep000001");
        CommandRun approve = CommandRun.seogen(project, "review", "approve", "deep000001");
        assertThat(server.getAllServeEvents()).hasSize(requests); // lint and approve ask no network
        assertThat(lint.out()).contains("source-check", "does not exist", "is dead");
        assertThat(approve.exitCode()).isEqualTo(1);
        assertThat(approve.err()).contains("not approved: deep000001");
    }

    @Test
    void aSourceOnAPrivateAddressIsNeverRequestedUnlessAllowed() {
        CommandRun run = verify(Map.of(), "deep000001");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("\\[2\\]\\s+unknown\\s+url");
        assertThat(server.findAll(
                        com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathEqualTo("/gone"))))
                .isEmpty();
    }

    @Test
    void aSecondRunAnswersFromTheCache() {
        verify(Map.of("SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"));
        int requests = server.getAllServeEvents().size();

        CommandRun again = verify(Map.of("SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"));

        assertThat(again.out()).contains("3 sources in 1 draft: 1 ok, 1 missing, 0 mismatch, 1 dead, 0 unknown.");
        assertThat(server.getAllServeEvents().size() - requests).isLessThanOrEqualTo(1); // the dead URL, perhaps
    }

    @Test
    void aCheckThatCannotBeCompletedKeepsWhatAnEarlierOneFound() throws IOException {
        verify(Map.of("SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"));
        CommandRun offline = verify(
                Map.of(
                        "SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true",
                        "SEOGEN_SOURCES_CROSSREF_URL", "http://127.0.0.1:9"), // nothing listens: refused
                "--refresh");

        assertThat(offline.out()).containsPattern("\\[1\\]\\s+ok\\s+doi\\s+.*checking again on .* failed");
        var checks = new DraftStore(project.resolve("drafts")).read(draft).checks();
        assertThat(checks.get(1).status()).isEqualTo(CheckStatus.OK);
        assertThat(checks.get(3).status()).isEqualTo(CheckStatus.MISSING);
    }

    @Test
    void aDraftThatDoesNotReadIsNamedAndTheRunIsNotAllGood() throws IOException {
        Files.writeString(draft.resolveSibling("broken.md"), "---\nid: [unclosed\n---\n\nText.\n");

        CommandRun run = verify(Map.of("SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"));

        assertThat(run.err()).contains("broken.md");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aReviewDuringTheChecksIsNotHeldUpAndKeepsItsChange() throws Exception {
        server.stubFor(get(urlPathEqualTo("/works/10.1038%2Fnature14539"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(2_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(new String(
                                VerifyCommandTest.class
                                        .getResourceAsStream("/wire/crossref-work.json")
                                        .readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8))));
        var checking = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> verify(Map.of("SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true")));
        Thread.sleep(700); // verify is waiting for the registry now

        long start = System.nanoTime();
        CommandRun reject = CommandRun.seogen(project, "review", "reject", "deep000001", "--note", "too short");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reject.exitCode()).as(reject.err()).isZero();
        assertThat(tookMillis).as("the reject did not wait for the checks").isLessThan(1_200);
        assertThat(checking.get().out()).contains("3 sources in 1 draft");
        var after = new DraftStore(project.resolve("drafts")).read(draft);
        assertThat(after.review().note()).isEqualTo("too short");
        assertThat(after.checks().get(1).status()).isEqualTo(CheckStatus.OK);
    }
}
