package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.source.CheckStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** generate checks an outline's sources before writing, and sends the ones that do not exist back. */
class GenerateSourcesTest {
    private static final String GOOD = "{\"id\": 1, \"title\": \"Deep learning\", \"authors\": [\"LeCun, Y.\"],"
            + " \"year\": 2015, \"publisher\": \"Nature\", \"url\": null, \"doi\": \"10.1038/nature14539\"}";
    private static final String INVENTED = "{\"id\": 2, \"title\": \"A paper nobody wrote\", \"authors\": [],"
            + " \"year\": 2020, \"publisher\": \"ACM\", \"url\": null, \"doi\": \"10.1234/invented\"}";
    private static final String BOOK = "{\"id\": 3, \"title\": \"DNS and BIND\", \"authors\": [\"Liu, C.\"],"
            + " \"year\": 2006, \"publisher\": \"O'Reilly Media\", \"url\": null, \"doi\": null}";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path project;

    @BeforeEach
    void stubTheModelAndCrossref() throws IOException {
        Files.writeString(
                project.resolve("topics.yaml"), "topics:\n  - category: DNS\n    question: What is a CNAME record?\n");
        new FakeOpenAi(server, server).answering();
        String work = new String(
                GenerateSourcesTest.class
                        .getResourceAsStream("/wire/crossref-work.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        server.stubFor(get(urlPathEqualTo("/works/10.1038%2Fnature14539")).willReturn(okJson(work)));
        server.stubFor(get(urlPathEqualTo("/works/10.1234%2Finvented"))
                .willReturn(aResponse().withStatus(404).withBody("Resource not found.")));
        server.stubFor(head(urlPathEqualTo("/real-page")).willReturn(aResponse().withStatus(200)));
    }

    private static String outline(String... sources) {
        String fixture = FakeOpenAi.fixture("outline.json");
        int start = fixture.indexOf("\"sources\": [");
        return fixture.substring(0, start) + "\"sources\": [" + String.join(", ", sources) + "]\n}\n";
    }

    private void firstPlan(String... sources) {
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(2)
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", containing("seogen_outline")))
                .withRequestBody(notContaining("were refused"))
                .willReturn(okJson(FakeOpenAi.completion(outline(sources)))));
    }

    private void laterPlans(String... sources) {
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", containing("seogen_outline")))
                .withRequestBody(containing("were refused"))
                .willReturn(okJson(FakeOpenAi.completion(outline(sources)))));
    }

    private CommandRun generate() {
        return CommandRun.seogen(
                project,
                Map.of(
                        "SEOGEN_LLM_API_KEY", "sk-test",
                        "SEOGEN_SOURCES_CROSSREF_URL", server.baseUrl(),
                        "SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"),
                "generate",
                "--topics",
                "topics.yaml",
                "--base-url",
                server.baseUrl() + "/v1",
                "--model",
                "m",
                "--no-cache");
    }

    @Test
    void aSourceThatDoesNotExistGoesBackToTheModelWithTheReasonAndTheDraftKeepsTheChecks() {
        firstPlan(GOOD, INVENTED, BOOK);
        String page = "{\"id\": 2, \"title\": \"A real page\", \"authors\": [], \"year\": null, \"publisher\": null,"
                + " \"url\": \"" + server.baseUrl() + "/real-page\", \"doi\": null}";
        laterPlans(GOOD, page, BOOK);

        CommandRun run = generate();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH))
                        .withRequestBody(containing("Crossref has no record of 10.1234/invented"))))
                .hasSize(1);
        var draft =
                new DraftStore(project.resolve("drafts")).read(project.resolve("drafts/dns/what-is-a-cname-record.md"));
        assertThat(draft.article().sources().get(1).title()).isEqualTo("A real page");
        assertThat(draft.checks().get(1).status()).isEqualTo(CheckStatus.OK);
        assertThat(draft.checks().get(2).status()).isEqualTo(CheckStatus.OK);
        assertThat(draft.checks().get(3).status()).isEqualTo(CheckStatus.UNKNOWN);
    }

    @Test
    void aPlanThatKeepsCitingSourcesThatDoNotExistFailsForThatArticleWithTheReason() {
        firstPlan(GOOD, INVENTED, BOOK);
        laterPlans(GOOD, INVENTED, BOOK);

        CommandRun run = generate();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("what-is-a-cname-record.md — sources:", "do not check out", "10.1234/invented");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH))))
                .hasSize(3); // three plans, no section
        assertThat(project.resolve("drafts/dns/what-is-a-cname-record.md")).doesNotExist();
    }
}
