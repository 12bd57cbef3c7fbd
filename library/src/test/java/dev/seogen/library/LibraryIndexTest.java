package dev.seogen.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seogen.core.InputException;
import dev.seogen.core.library.FoundPassage;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.library.internal.Embeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing the fixture library, updating it, and searching it, with the real embedding model. */
class LibraryIndexTest {
    /** One model for all the tests: loading it takes a second. */
    private static final Embeddings EMBEDDINGS = new Embeddings();

    @TempDir
    Path folder;

    Path library;
    Path index;
    IndexReport first;

    @BeforeEach
    void indexTheFixture() throws IOException {
        library = FixtureLibrary.write(folder);
        index = folder.resolve(".seogen/library");
        first = new LibraryIndexer(EMBEDDINGS).update(library, index);
    }

    private LuceneLibrary open() {
        return LuceneLibrary.open(index, EMBEDDINGS);
    }

    @Test
    void indexesTheReadableDocumentsAndNamesEachSkippedFileWithWhy() {
        assertThat(first.documents()).isEqualTo(4);
        assertThat(first.changed()).isEqualTo(4);
        assertThat(first.removed()).isZero();
        Map<String, String> skipped =
                first.skipped().stream().collect(Collectors.toMap(SkippedFile::path, SkippedFile::reason));
        assertThat(skipped.keySet())
                .containsExactlyInAnyOrder(
                        "email/secret.pdf",
                        "email/broken.pdf",
                        "images/logo.md",
                        "notes/empty.md",
                        "notes/untitled.txt");
        assertThat(skipped.get("email/secret.pdf")).contains("encrypted");
        assertThat(skipped.get("email/broken.pdf")).contains("not a PDF that can be read");
        assertThat(skipped.get("images/logo.md")).contains("binary");
        assertThat(skipped.get("notes/empty.md")).contains("empty");
        assertThat(skipped.get("notes/untitled.txt")).contains("no title");
    }

    @Test
    void takesMetadataFromFrontMatterHtmlAndPdfWithLibraryYamlWinning() {
        try (LuceneLibrary opened = open()) {
            assertThat(opened.document("dns/caching.md"))
                    .contains(new LibraryDocument(
                            "dns/caching.md",
                            "How DNS resolvers cache answers",
                            List.of("Mockapetris, P."),
                            1987,
                            "Example Docs",
                            "https://docs.example.com/dns/caching",
                            null));
            LibraryDocument tls = opened.document("tls/handshake.html").orElseThrow();
            assertThat(tls.title()).isEqualTo("RFC 8446: The Transport Layer Security Protocol Version 1.3");
            assertThat(tls.url()).isEqualTo("https://docs.example.com/tls/handshake");
            assertThat(tls.authors()).containsExactly("Rescorla, E.");
            LibraryDocument spf = opened.document("email/spf.pdf").orElseThrow();
            assertThat(spf.title()).isEqualTo("SPF explained");
            assertThat(spf.authors()).containsExactly("Wong, M.", "Schlitt, W.");
            assertThat(spf.url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc7208");
            assertThat(spf.year()).isEqualTo(2014);
            assertThat(opened.document("garden/tomatoes.md").orElseThrow().url())
                    .isNull();
        }
    }

    @Test
    void keepsTheMainTextOfHtmlWithoutNavigationAndThePassagesHeadings() {
        try (LuceneLibrary opened = open()) {
            String text = opened.passages("tls/handshake.html").stream()
                    .map(p -> p.headings() + " " + p.text())
                    .collect(Collectors.joining("\n"));
            assertThat(text).contains("key share", "[The TLS 1.3 handshake, Certificates] The server proves");
            assertThat(text).doesNotContain("Subscribe", "Cookie", "trackEveryone", "Home");
            assertThat(opened.passages("email/spf.pdf").get(0).text()).contains("Sender Policy Framework lets");
        }
    }

    @Test
    void findsTheRightDocumentFirstForAQuestionInOtherWords() {
        try (LuceneLibrary opened = open()) {
            assertThat(first(opened.search("how long does a resolver keep an answer before it asks again", 3)))
                    .isEqualTo("dns/caching.md");
            assertThat(first(opened.search("which servers are allowed to send mail for my domain", 3)))
                    .isEqualTo("email/spf.pdf");
            assertThat(first(opened.search("how does the server prove its identity during TLS", 3)))
                    .isEqualTo("tls/handshake.html");
        }
    }

    @Test
    void hybridFindsADocumentThatSharesNoWordWithTheQueryWhereBm25AloneFindsNothing() {
        String query = "horticulture advice for a vegetable patch";
        try (LuceneLibrary opened = open()) {
            assertThat(opened.search(query, 3, null, LuceneLibrary.Retrieval.BM25))
                    .isEmpty();
            assertThat(first(opened.search(query, 3))).isEqualTo("garden/tomatoes.md");
        }
    }

    @Test
    void searchesOnlyTheDocumentsItIsGiven() {
        try (LuceneLibrary opened = open()) {
            List<FoundPassage> found =
                    opened.search("resolver cache TTL", 5, Set.of("email/spf.pdf", "garden/tomatoes.md"));
            assertThat(found).isNotEmpty();
            assertThat(LuceneLibrary.paths(found))
                    .allMatch(p -> p.equals("email/spf.pdf") || p.equals("garden/tomatoes.md"));
            assertThat(opened.search("resolver", 5, Set.of())).isEmpty();
        }
    }

    @Test
    void reindexReadsOnlyTheChangedDocument() throws IOException {
        Path tomatoes = library.resolve("garden/tomatoes.md");
        FileTime before = Files.getLastModifiedTime(tomatoes);
        // The same size and time as before: trusted unchanged and not read, so the old text stays indexed.
        Files.writeString(tomatoes, FixtureLibrary.TOMATOES.replace("Tomato seedlings", "Tomato plantlets"));
        Files.setLastModifiedTime(tomatoes, before);
        FixtureLibrary.write(
                library,
                "dns/caching.md",
                FixtureLibrary.DNS.replace("spares the servers", "saves bandwidth on the wire"));

        IndexReport again = new LibraryIndexer(EMBEDDINGS).update(library, index);

        assertThat(again.changed()).isEqualTo(1);
        assertThat(again.documents()).isEqualTo(4);
        assertThat(again.skipped()).hasSize(5);
        try (LuceneLibrary opened = open()) {
            assertThat(opened.passages("dns/caching.md").get(0).text()).contains("saves bandwidth");
            assertThat(opened.passages("garden/tomatoes.md").get(0).text()).contains("Tomato seedlings");
        }
        assertThat(new LibraryIndexer(EMBEDDINGS).update(library, index).changed())
                .isZero();
    }

    @Test
    void reindexesADocumentWhoseLibraryYamlEntryChanged() throws IOException {
        FixtureLibrary.write(library, "library.yaml", "email/spf.pdf:\n  title: SPF, the RFC\n");
        IndexReport again = new LibraryIndexer(EMBEDDINGS).update(library, index);
        assertThat(again.changed()).isEqualTo(2); // spf.pdf's entry changed, tls/handshake.html's went
        try (LuceneLibrary opened = open()) {
            assertThat(opened.document("email/spf.pdf").orElseThrow().title()).isEqualTo("SPF, the RFC");
            assertThat(opened.document("tls/handshake.html").orElseThrow().title())
                    .isEqualTo("The TLS 1.3 handshake");
        }
    }

    @Test
    void dropsTheRemovedDocumentsPassages() throws IOException {
        Files.delete(library.resolve("garden/tomatoes.md"));
        IndexReport again = new LibraryIndexer(EMBEDDINGS).update(library, index);
        assertThat(again.removed()).isEqualTo(1);
        assertThat(again.documents()).isEqualTo(3);
        try (LuceneLibrary opened = open()) {
            assertThat(LuceneLibrary.paths(opened.search("tomato seedlings sun water stake", 10)))
                    .doesNotContain("garden/tomatoes.md");
            assertThat(opened.documents()).extracting(LibraryDocument::path).doesNotContain("garden/tomatoes.md");
        }
    }

    @Test
    void refusesALibraryFolderThatDoesNotExistNamingIt() {
        Path missing = folder.resolve("no-such-docs");
        assertThatThrownBy(() -> new LibraryIndexer(EMBEDDINGS).update(missing, index))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void namesTheLineOfABrokenLibraryYaml() throws IOException {
        FixtureLibrary.write(library, "library.yaml", "email/spf.pdf:\n  title: [unclosed\n");
        assertThatThrownBy(() -> new LibraryIndexer(EMBEDDINGS).update(library, index))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("library.yaml");
    }

    private static String first(List<FoundPassage> found) {
        assertThat(found).isNotEmpty();
        return found.get(0).document().path();
    }
}
