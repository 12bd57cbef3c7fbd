package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Section;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** generate --translate against a real OpenAI client on WireMock: versions written from approved ones. */
class GenerateTranslateTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path folder;

    private FakeOpenAi model;

    @BeforeEach
    void writeTopics() throws IOException {
        Files.writeString(folder.resolve("en.yaml"), """
                topics:
                  - {key: cname, category: DNS, question: "What is a CNAME record?", language: en}
                  - {key: ttl, category: DNS, question: "What is a TTL?", language: en}
                """);
        Files.writeString(folder.resolve("topics.yaml"), """
                topics:
                  - {key: cname, category: DNS, question: "What is a CNAME record?", language: en}
                  - {key: cname, category: DNS, question: "Qu'est-ce qu'un enregistrement CNAME ?", language: fr}
                  - {key: ttl, category: DNS, question: "What is a TTL?", language: en}
                  - {key: ttl, category: DNS, question: "Qu'est-ce qu'un TTL ?", language: fr}
                  - {key: soa, category: DNS, question: "Qu'est-ce qu'un enregistrement SOA ?", language: fr}
                """);
        model = new FakeOpenAi(server, server).answering();
    }

    @Test
    void theFrenchVersionIsTranslatedFromTheApprovedEnglishOneKeepingItsSectionsAndSources() throws IOException {
        assertThat(generate("en.yaml").exitCode()).isZero();
        DraftStore store = new DraftStore(folder.resolve("drafts"));
        Draft english = store.read(folder.resolve("drafts/dns/what-is-a-cname-record.md"));
        CommandRun approve = CommandRun.seogen(folder, "review", "approve", english.id(), "--force");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
        model.reset();
        model.answering();

        CommandRun run = generate("topics.yaml", "--translate", "fr", "--from", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        Path file = folder.resolve("drafts/dns/qu-est-ce-qu-un-enregistrement-cname.md");
        Draft french = store.read(file);
        assertThat(french.article().language()).isEqualTo(new LanguageTag("fr"));
        assertThat(french.version().key()).isEqualTo("cname");
        assertThat(french.version().translatedFrom()).isEqualTo(LanguageTag.ENGLISH);
        assertThat(file).content().contains("key: cname\ntranslated_from: en\n");
        assertThat(french.article().sources()).isEqualTo(english.article().sources());
        assertThat(french.article().sections())
                .hasSameSizeAs(english.article().sections())
                .extracting(Section::heading)
                .containsOnly("Comment fonctionne un enregistrement CNAME");
        assertThat(french.article().title()).startsWith("Enregistrement CNAME");
        assertThat(french.article().summary().heading()).isEqualTo("Résumé");
        assertThat(french.generation()).isNotNull();
        // One call a section, then one for the frame; each states the language and carries the original.
        assertThat(model.calls()).isEqualTo(english.article().sections().size() + 1);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(FakeOpenAi.PATH))
                        .withRequestBody(matchingJsonPath(
                                "$.response_format.json_schema.name", equalTo("seogen_translated_section")))
                        .withRequestBody(containing("from English (en)"))
                        .withRequestBody(
                                containing(english.article().sections().get(0).body()))
                        .withRequestBody(containing("Écris en français (fr-FR)."))))
                .hasSize(english.article().sections().size());
        // The other versions fail, each for its own reason, and the batch went on.
        assertThat(run.out() + run.err())
                .contains("the en version of 'ttl' (dns/what-is-a-ttl.md) is draft, not approved")
                .contains("no en version of 'soa' in");
        assertThat(folder.resolve("drafts/dns/qu-est-ce-qu-un-ttl.md")).doesNotExist();
    }

    @Test
    void translateNeedsFromAndAVersionInItsLanguage() {
        CommandRun alone = generate("topics.yaml", "--translate", "fr");
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(alone.err()).contains("--translate and --from go together");

        CommandRun none = generate("topics.yaml", "--translate", "de", "--from", "en", "--dry-run");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("no topic of").contains("has a version in de with a key");

        CommandRun plan = generate("topics.yaml", "--translate", "fr", "--from", "en", "--dry-run");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out())
                .contains("dns/qu-est-ce-qu-un-enregistrement-cname.md (translated from en)")
                .contains("3 topics in 1 category")
                .contains("about 15 model calls"); // four sections and the frame, for each of three versions
    }

    private CommandRun generate(String topics, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "generate",
                "--topics",
                topics,
                "--base-url",
                server.baseUrl() + "/v1",
                "--model",
                "gpt-4o-mini",
                "--requests-per-minute",
                "1000000",
                "--retries",
                "1",
                "--no-verify-sources"));
        args.addAll(List.of(extra));
        return CommandRun.seogen(folder, Map.of("SEOGEN_LLM_API_KEY", "sk-test"), args.toArray(String[]::new));
    }
}
