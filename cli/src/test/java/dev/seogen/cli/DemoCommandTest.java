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
                .contains("1. generate: 10 drafted, 0 already there, 0 failed → drafts (1 article from the library in"
                        + " library)")
                .contains("2. review lint: 10 drafts, 0 errors, 2 warnings")
                .contains("3. review approve --all-clean: 8 drafts approved; 2 drafts have a warning and wait for you")
                .contains("4. publish: 8 articles")
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
        assertThat(folder.resolve("demo/site/http/index.html")) // the grounded article's category
                .content()
                .contains("<p class=\"lead\">How the web&#39;s requests and responses work");
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
        var fromTheModel = drafts.stream().filter(d -> d.evidence().isEmpty()).toList();
        assertThat(fromTheModel).hasSize(9).allSatisfy(draft -> {
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
    void oneArticleIsWrittenFromTheBundledLibraryAndCitesOnlyItsDocuments() throws IOException {
        CommandRun.seogen(folder, "demo", "--out", "demo");

        var draft = new dev.seogen.core.draft.DraftStore(folder.resolve("demo/drafts"))
                .read(folder.resolve("demo/drafts/http/how-does-http-caching-decide-when-to-reuse-a-response.md"));
        assertThat(draft.article().sources())
                .extracting(s -> s.title())
                .containsExactly(
                        "Cache-Control: how long a response stays fresh",
                        "Revalidation with ETag and Last-Modified",
                        "Shared caches and CDNs");
        assertThat(draft.evidence().values())
                .extracting(e -> e.document())
                .containsExactly("cache-control.md", "revalidation.md", "shared-caches.md");
        assertThat(draft.evidence().values())
                .allSatisfy(e -> assertThat(e.passages()).isNotEmpty());
        assertThat(draft.review().status()).isEqualTo(dev.seogen.core.article.ReviewStatus.PUBLISHED);
        assertThat(folder.resolve("demo/site/http/how-does-http-caching-decide-when-to-reuse-a-response/index.html"))
                .content()
                .contains("https://docs.example.com/http/revalidation");

        // A reviewer's edit that claims what the cited passage does not say is caught by claim-support.
        Path file = folder.resolve("demo/drafts/http/how-does-http-caching-decide-when-to-reuse-a-response.md");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "A 304 answer is small,",
                                "Browsers delete every cached response at midnight [2]. A 304 answer is small,"));
        CommandRun lint = CommandRun.seogen(folder, "review", "lint", "--drafts", "demo/drafts");
        assertThat(lint.out().lines().filter(l -> l.contains("claim-support")))
                .singleElement()
                .asString()
                .contains("\"Browsers delete every cached response at midnight.\"", "[2] revalidation.md");
        // The sentences' scores are kept for the next lint, which says the same from them.
        Path scores = folder.resolve("demo/.seogen/lint/claim-scores");
        assertThat(scores).isNotEmptyFile();
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(scores);
        CommandRun again = CommandRun.seogen(folder, "review", "lint", "--drafts", "demo/drafts");
        assertThat(again.out()).isEqualTo(lint.out());
        assertThat(Files.getLastModifiedTime(scores))
                .as("nothing scored anew: not rewritten")
                .isEqualTo(written);
    }

    @Test
    void runningItAgainKeepsTheDraftsAndPublishesTheSameSite() throws IOException {
        CommandRun.seogen(folder, "demo", "--out", "demo");
        String before = Files.readString(folder.resolve("demo/site/sitemap.xml"));

        CommandRun again = CommandRun.seogen(folder, "demo", "--out", "demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("1. generate: 0 drafted, 10 already there");
        assertThat(folder.resolve("demo/site/sitemap.xml")).hasContent(before);
    }

    @Test
    void theBundledTopicsAreTheExampleTopicsAndEachHasItsCannedAnswer() throws IOException {
        Path bundled = Path.of("src/main/resources/demo/topics.yaml");
        assertThat(bundled).hasSameTextualContentAs(Path.of("..", "examples", "topics.yaml"));
        JsonNode answers = new ObjectMapper()
                .readTree(Path.of("src/main/resources/demo/answers.json").toFile());
        String topics = Files.readString(bundled);
        String grounded = Files.readString(Path.of("src/main/resources/demo/library-topics.yaml"));
        assertThat(answers)
                .hasSize(10)
                .allSatisfy(a -> assertThat(topics + grounded)
                        .contains(a.path("question").asText()));
    }
}
