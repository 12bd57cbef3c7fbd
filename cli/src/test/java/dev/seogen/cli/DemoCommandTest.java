package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seogen demo}: the README's first command, from topics to a site, with the stand-in model. */
class DemoCommandTest {
    @TempDir
    Path folder;

    @Test
    void runsTheWholeFlowAndSaysWhereTheSiteIs() throws IOException {
        CommandRun run = CommandRun.seogen(folder, "demo", "--out", "demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Model: the built-in stand-in (canned answers")
                .contains("1. generate: 9 drafted")
                .contains("2. review lint: 9 drafts, 0 errors, 2 warnings")
                .contains("3. review approve --all-clean: 7 drafts approved; 2 drafts have a warning and wait for you")
                .contains("4. publish: 7 articles")
                .contains("python3 -m http.server --directory " + folder.resolve("demo/site"));
        Path page = folder.resolve("demo/site/dns/what-is-a-cname-record-and-when-should-you-use-one/index.html");
        assertThat(page)
                .content()
                .contains("<h1>What is a CNAME record and when should you use one?</h1>")
                .contains("written by seogen&#39;s built-in stand-in model")
                .contains("<span>By seogen demo</span>", "<span>Published <time datetime=")
                .contains("<h2 id=\"toc-title\">In this article</h2>", "<li><a href=\"#section-1\">")
                .contains("<a class=\"button\" href=\"http://localhost:8000/feed.xml\">")
                .contains("hreflang=\"fr\" href=\"http://localhost:8000/fr/dns/"
                        + "qu-est-ce-qu-un-enregistrement-cname-et-quand-faut-il-l-utiliser/\">");
        assertThat(folder.resolve("demo/site/dns/index.html"))
                .content()
                .contains("<p class=\"lead\">How names on the internet find their servers");
        // One article in two languages: the French version shares the English one's key and sources; English
        // stays at the root, French is under /fr/.
        Path french = folder.resolve(
                "demo/site/fr/dns/qu-est-ce-qu-un-enregistrement-cname-et-quand-faut-il-l-utiliser/index.html");
        assertThat(french)
                .content()
                .contains("lang=\"fr\"")
                .contains("Enregistrement CNAME")
                .contains("hreflang=\"en\" href=\"http://localhost:8000/dns/"
                        + "what-is-a-cname-record-and-when-should-you-use-one/\">");
        assertThat(folder.resolve(
                        "demo/drafts/dns/qu-est-ce-qu-un-enregistrement-cname-et-quand-faut-il-l-utiliser.md"))
                .content()
                .contains("language: fr\nkey: cname\n");
        assertThat(folder.resolve("demo/drafts/dns/what-is-a-cname-record-and-when-should-you-use-one.md"))
                .content()
                .contains("language: en\nkey: cname\n");
        assertThat(folder.resolve("demo/drafts/llm/what-is-retrieval-augmented-generation-rag.md"))
                .content()
                .contains("status: published", "provider: stand-in");
    }

    @Test
    void everySourceOfTheDemoIsCheckedOfflineByItsStandInRegistry() throws IOException {
        CommandRun.seogen(folder, "demo", "--out", "demo");

        var drafts = new dev.seogen.core.draft.DraftStore(folder.resolve("demo/drafts"))
                .scan()
                .drafts();
        assertThat(drafts).hasSize(9).allSatisfy(draft -> {
            assertThat(draft.checks().keySet())
                    .containsExactlyElementsOf(
                            draft.article().sources().stream().map(s -> s.id()).toList());
            assertThat(draft.checks().values()).allSatisfy(check -> {
                assertThat(check.status()).isEqualTo(dev.seogen.core.source.CheckStatus.OK);
                assertThat(check.detail()).endsWith("(stand-in)");
            });
        });
    }

    @Test
    void runningItAgainKeepsTheDraftsAndPublishesTheSameSite() throws IOException {
        CommandRun.seogen(folder, "demo", "--out", "demo");
        String before = Files.readString(folder.resolve("demo/site/sitemap.xml"));

        CommandRun again = CommandRun.seogen(folder, "demo", "--out", "demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("1. generate: 0 drafted, 9 already there");
        assertThat(folder.resolve("demo/site/sitemap.xml")).hasContent(before);
    }

    @Test
    void theBundledTopicsAreTheExampleTopicsAndEachHasItsCannedAnswer() throws IOException {
        Path bundled = Path.of("src/main/resources/demo/topics.yaml");
        assertThat(bundled).hasSameTextualContentAs(Path.of("..", "examples", "topics.yaml"));
        JsonNode answers = new ObjectMapper()
                .readTree(Path.of("src/main/resources/demo/answers.json").toFile());
        String topics = Files.readString(bundled);
        assertThat(answers)
                .hasSize(9)
                .allSatisfy(a -> assertThat(topics).contains(a.path("question").asText()));
    }
}
