package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seogen library index | search | list} end to end, on a small library of a Markdown and an HTML file. */
class LibraryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @BeforeEach
    void writeLibrary() throws IOException {
        Path docs = Files.createDirectories(folder.resolve("docs"));
        Files.writeString(docs.resolve("caching.md"), """
                ---
                title: How DNS resolvers cache answers
                url: https://docs.example.com/dns/caching
                ---

                A recursive resolver keeps every answer it receives for as long as the record's time to live
                allows, and answers from its cache until then without asking the name servers again.
                """);
        Files.writeString(docs.resolve("tls.html"), """
                <html><head><title>The TLS handshake</title></head><body>
                <nav>Home | Subscribe</nav>
                <main><p>The server proves its identity by signing the handshake with its certificate's key.</p></main>
                </body></html>
                """);
        Files.writeString(docs.resolve("empty.md"), "");
    }

    @Test
    void indexEndsWithTheCountsAndNamesTheSkippedFiles() {
        CommandRun run = CommandRun.seogen(folder, "library", "index", "--library", "docs");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("skipped empty.md: it is empty");
        assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("2 documents, 2 passages; 2 changed, 0 removed");
        assertThat(folder.resolve(".seogen/library/manifest.json")).isRegularFile();

        CommandRun again = CommandRun.seogen(folder, "library", "index", "--library", "docs");
        assertThat(again.out()).endsWith("2 documents, 2 passages; 0 changed, 0 removed\n");
    }

    @Test
    void searchPrintsTheContractsJsonBestFirst() throws IOException {
        CommandRun.seogen(folder, "library", "index", "--library", "docs");
        CommandRun run = CommandRun.seogen(
                folder,
                "library",
                "search",
                "how long is a DNS answer cached",
                "--library",
                "docs",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(fields(root)).containsExactly("query", "results");
        assertThat(root.get("query").asText()).isEqualTo("how long is a DNS answer cached");
        JsonNode best = root.get("results").get(0);
        assertThat(fields(best)).containsExactly("document", "title", "url", "passage", "score");
        assertThat(best.get("document").asText()).isEqualTo("caching.md");
        assertThat(best.get("title").asText()).isEqualTo("How DNS resolvers cache answers");
        assertThat(best.get("url").asText()).isEqualTo("https://docs.example.com/dns/caching");
        assertThat(best.get("passage").asText()).startsWith("A recursive resolver keeps");
        assertThat(best.get("score").asDouble())
                .isGreaterThan(root.get("results").get(1).get("score").asDouble());
        assertThat(root.get("results").get(1).get("url").isNull()).isTrue(); // cited by title alone
    }

    @Test
    void searchAndListReadTheLibraryFromSeogenYamlOrTheEnvironment() throws IOException {
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.writeString(project.resolve("seogen.yaml"), "library: ../docs\n");
        CommandRun index = CommandRun.seogen(project, "library", "index");
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(project.resolve(".seogen/library/manifest.json")).isRegularFile(); // beside seogen.yaml

        CommandRun search = CommandRun.seogen(project, "library", "search", "certificate signature");
        assertThat(search.out()).startsWith("1. tls.html");

        CommandRun list = CommandRun.seogen(
                folder,
                Map.of("SEOGEN_LIBRARY", "docs"),
                "library",
                "list",
                "--config",
                "project/seogen.yaml",
                "--format",
                "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode documents = JSON.readTree(list.out()).get("documents");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("document").asText()).isEqualTo("caching.md");
        assertThat(documents.get(0).get("passages").asInt()).isEqualTo(1);
    }

    @Test
    void aLibraryFolderThatDoesNotExistIsBadInputNamingIt() {
        CommandRun run = CommandRun.seogen(folder, "library", "index", "--library", "no-such-folder");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(folder.resolve("no-such-folder").toString(), "does not exist");

        CommandRun none = CommandRun.seogen(folder, "library", "search", "anything");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--library DIR");
    }

    @Test
    void searchBeforeAnyIndexSaysToIndexFirst() {
        CommandRun run = CommandRun.seogen(folder, "library", "search", "anything", "--library", "docs");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("seogen library index");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
