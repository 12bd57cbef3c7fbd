package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.library.SourceEvidence;
import dev.seogen.core.source.CheckStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --library}: a real LangChain4j client against WireMock, writing from a fixture library of
 * Markdown, HTML and PDF documents; the sources come from the library, never from the model.
 */
class GenerateGroundedTest {
    private static final String CNAME = "What is a CNAME record?";
    private static final String BREAD = "How do I bake sourdough bread?";
    private static final String SCHEMA = "$.response_format.json_schema.name";

    /** The model's grounded plan: it names documents by the numbers offered, and writes no source. */
    private static final String PLAN = """
            {
              "title": "What Is a CNAME Record and Where Can It Be Used?",
              "meta_description": "A CNAME record makes one DNS name an alias of another. See how resolvers follow it, why the zone apex cannot have one, and what to use there instead.",
              "sections": [
                {"heading": "How a CNAME record works", "covers": "A resolver restarts the lookup at the canonical name.", "subsections": [], "source_ids": [1]},
                {"heading": "Why the zone apex cannot be an alias", "covers": "The apex holds SOA and NS records, which a CNAME may not share a name with.", "subsections": [], "source_ids": [1, 2]},
                {"heading": "What to use at the apex", "covers": "ALIAS and ANAME records and flattening.", "subsections": [], "source_ids": [2, 1]}
              ]
            }
            """;

    private static final String SECTION_TWO = "{\"body\": \"A name with a CNAME record can have no other record [1]."
            + " The apex always holds the SOA and NS records [2].\", \"subsections\": []}";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path project;

    @BeforeEach
    void writeTheLibraryAndTopics() throws IOException {
        GroundedFixture.write(project);
        Files.writeString(project.resolve("topics.yaml"), """
                topics:
                  - category: DNS
                    question: What is a CNAME record?
                  - category: Baking
                    question: How do I bake sourdough bread?
                """);
        new FakeOpenAi(server, server).answering();
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(5)
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo("seogen_grounded_outline")))
                .willReturn(okJson(FakeOpenAi.completion(PLAN))));
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(5)
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo("seogen_section")))
                .withRequestBody(containing("Write section 2"))
                .withRequestBody(containing(CNAME))
                .willReturn(okJson(FakeOpenAi.completion(SECTION_TWO))));
    }

    private CommandRun generate(Map<String, String> environment) {
        return CommandRun.seogen(
                project,
                environment,
                "generate",
                "--topics",
                "topics.yaml",
                "--library",
                "docs",
                "--base-url",
                server.baseUrl() + "/v1",
                "--model",
                "m",
                "--no-cache");
    }

    private CommandRun generate() {
        return generate(Map.of("SEOGEN_LLM_API_KEY", "sk-test"));
    }

    private Draft draft(String path) {
        return new DraftStore(project.resolve("drafts"))
                .read(project.resolve("drafts").resolve(path));
    }

    private List<LoggedRequest> requests(String schema) {
        return server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH))
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo(schema))));
    }

    @Test
    void writesFromTheLibraryWithSourcesFromItsMetadataAndTheEvidenceInTheDraft() {
        CommandRun run = generate();

        assertThat(run.err()).contains("library docs: 4 documents");
        Draft draft = draft("dns/what-is-a-cname-record.md");
        List<String> titles =
                draft.article().sources().stream().map(Source::title).toList();
        assertThat(titles).containsExactly(GroundedFixture.CNAME_TITLE, GroundedFixture.APEX_TITLE);
        Source cname = draft.article().sources().get(0);
        assertThat(cname.url()).isEqualTo(GroundedFixture.CNAME_URL);
        assertThat(cname.authors()).containsExactly("Example Docs Team");
        assertThat(cname.year()).isEqualTo(2021);
        assertThat(draft.article().sources().get(1).url()).isEqualTo("https://docs.example.com/dns/apex");

        SourceEvidence evidence = draft.evidence().get(1);
        assertThat(evidence.document()).isEqualTo("dns/cname.md");
        assertThat(evidence.passages()).isNotEmpty();
        assertThat(evidence.passages().get(0).text()).contains("CNAME record");
        assertThat(draft.evidence().get(2).document()).isEqualTo("dns/apex.html");
        assertThat(draft.evidence().get(2).passages().get(0).text()).contains("apex");
        assertThat(draft.checks()).isEmpty(); // the publisher's own documents are not sent to a registry

        String outline = requests("seogen_grounded_outline").get(0).getBodyAsString();
        assertThat(outline)
                .contains("Document 1: " + GroundedFixture.CNAME_TITLE)
                .doesNotContain("tomatoes");
        String second = requests("seogen_section").stream()
                .map(LoggedRequest::getBodyAsString)
                .filter(body -> body.contains("Write section 2"))
                .findFirst()
                .orElseThrow();
        assertThat(second).contains("[1] " + GroundedFixture.CNAME_TITLE, "[2] " + GroundedFixture.APEX_TITLE);

        CommandRun show = CommandRun.seogen(project, "review", "show", "what-is-a-cname-record");
        assertThat(show.out()).contains("      library: dns/cname.md\n      #0");
    }

    @Test
    void aPlanNamingADocumentThatWasNotOfferedIsAskedAgainWithTheReason() {
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(2)
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo("seogen_grounded_outline")))
                .withRequestBody(notContaining("could not be used"))
                .willReturn(okJson(FakeOpenAi.completion(PLAN.replace("[2, 1]", "[9]")))));

        CommandRun run = generate();

        List<String> plans = requests("seogen_grounded_outline").stream()
                .map(LoggedRequest::getBodyAsString)
                .toList();
        assertThat(plans).hasSize(2);
        assertThat(plans.get(1)).contains("sections[2].source_ids names document 9, which was not offered");
        assertThat(draft("dns/what-is-a-cname-record.md").article().sources()).hasSize(2);
        assertThat(run.out()).contains("Generated 1,");
    }

    @Test
    void aTopicTheLibraryHasNothingOnFailsNamingTheTopicAndTheLibraryAndTheBatchGoesOn() {
        CommandRun run = generate();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("baking/how-do-i-bake-sourdough-bread.md — library:")
                .contains("the library docs has nothing relevant to \"" + BREAD + "\"")
                .contains("library.fallback: model");
        assertThat(project.resolve("drafts/baking/how-do-i-bake-sourdough-bread.md"))
                .doesNotExist();
        assertThat(project.resolve("drafts/dns/what-is-a-cname-record.md")).isRegularFile();
        assertThat(server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH)).withRequestBody(containing(BREAD))))
                .isEmpty(); // nothing is paid for a topic that cannot be grounded
    }

    @Test
    void aSectionCitingADocumentItWasNotGivenIsAskedAgainWithTheReason() {
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(2)
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo("seogen_section")))
                .withRequestBody(containing("Write section 1"))
                .withRequestBody(notContaining("could not be used"))
                .willReturn(okJson(FakeOpenAi.completion(
                        "{\"body\": \"A CNAME makes a name an alias [1]. The apex holds SOA records [2].\","
                                + " \"subsections\": []}"))));

        CommandRun run = generate();

        List<String> repairs = requests("seogen_section").stream()
                .map(LoggedRequest::getBodyAsString)
                .filter(body -> body.contains("could not be used"))
                .toList();
        assertThat(repairs).hasSize(1);
        assertThat(repairs.get(0))
                .contains("body cites [2], which is not among the documents this section was given [1]");
        Draft draft = draft("dns/what-is-a-cname-record.md");
        assertThat(draft.article().sections().get(0).body()).doesNotContain("[2]");
        assertThat(run.out()).contains("Generated 1,");
    }

    @Test
    void withFallbackModelATopicTheLibraryHasNothingOnIsWrittenAsTodayWithItsSourcesChecked() throws IOException {
        String work = new String(
                GenerateGroundedTest.class
                        .getResourceAsStream("/wire/crossref-work.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        server.stubFor(get(urlPathEqualTo("/works/10.1038%2Fnature14539")).willReturn(okJson(work)));
        String fixture = FakeOpenAi.fixture("outline.json");
        String plan = fixture.substring(0, fixture.indexOf("\"sources\": ["))
                + "\"sources\": [{\"id\": 1, \"title\": \"Deep learning\", \"authors\": [\"LeCun, Y.\"], \"year\": 2015,"
                + " \"publisher\": \"Nature\", \"url\": null, \"doi\": \"10.1038/nature14539\"}]}";
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(2)
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo("seogen_outline")))
                .willReturn(okJson(FakeOpenAi.completion(plan.replaceAll("\\[1, 2(, 3)?]", "[1]")))));
        Files.writeString(project.resolve("seogen.yaml"), "library: docs\nlibrary.fallback: model\n");

        CommandRun run = generate(Map.of(
                "SEOGEN_LLM_API_KEY", "sk-test",
                "SEOGEN_SOURCES_CROSSREF_URL", server.baseUrl(),
                "SEOGEN_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Draft bread = draft("baking/how-do-i-bake-sourdough-bread.md");
        assertThat(bread.evidence()).isEmpty();
        assertThat(bread.article().sources().get(0).title()).isEqualTo("Deep learning");
        assertThat(bread.checks().get(1).status()).isEqualTo(CheckStatus.OK);
        assertThat(draft("dns/what-is-a-cname-record.md").evidence()).isNotEmpty();
    }

    @Test
    void aDryRunShowsTheLibraryAndItsFloorAndIndexesNothing() throws IOException {
        Files.writeString(project.resolve("seogen.yaml"), "library: docs\nlibrary.min-relevance: 0.4\n");

        CommandRun run = CommandRun.seogen(
                project, Map.of("SEOGEN_LLM_API_KEY", "sk-test"), "generate", "--topics", "topics.yaml", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("library: docs (seogen.yaml:1); a topic with no passage at least 0.40 similar to it fails")
                .contains("sources: from the library;");
        assertThat(project.resolve(".seogen/library")).doesNotExist();
    }

    @Test
    void aLibraryFolderThatDoesNotExistIsBadInput() {
        CommandRun run = CommandRun.seogen(
                project,
                Map.of("SEOGEN_LLM_API_KEY", "sk-test"),
                "generate",
                "--topics",
                "topics.yaml",
                "--library",
                "nowhere",
                "--base-url",
                server.baseUrl() + "/v1",
                "--model",
                "m");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere does not exist", "--library DIR");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH))))
                .isEmpty();
    }

    @Test
    void lintWarnsOfASentenceItsCitedPassagesDoNotSupportAndNotOfOneTheyDo() {
        server.stubFor(post(urlEqualTo(FakeOpenAi.PATH))
                .atPriority(2)
                .withRequestBody(matchingJsonPath(SCHEMA, equalTo("seogen_section")))
                .withRequestBody(containing("Write section 2"))
                .willReturn(okJson(FakeOpenAi.completion("{\"body\": \"The apex of a zone always holds its SOA and NS"
                        + " records [2]. CNAME records were invented in 2015 to make e-mail delivery faster [1].\","
                        + " \"subsections\": []}"))));
        generate();

        CommandRun lint = CommandRun.seogen(project, "review", "lint", "--format", "json");

        assertThat(lint.out())
                .contains("claim-support")
                .contains("CNAME records were invented in 2015")
                .doesNotContain("\\\"The apex of a zone always holds")
                .contains("dns/cname.md");
        CommandRun plain = CommandRun.seogen(project, "review", "lint");
        assertThat(plain.out().lines().filter(l -> l.contains("claim-support")).count())
                .isEqualTo(1);
    }
}
