package dev.seogen.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.LanguageVersion;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.internal.DraftIndex;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    private static final String GOLDEN = "llm/what-are-the-challenges-of-customizing-llms-for-specific-users.md";
    /** Where {@code -Dseogen.updateGolden=true} writes the golden file when the format changes on purpose. */
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/drafts/golden");

    @TempDir
    Path drafts;

    private DraftStore store() {
        return new DraftStore(drafts);
    }

    @Test
    void writesTheDocumentedFormat() throws IOException {
        Path written = store().write(SampleDraft.generated());

        assertThat(drafts.relativize(written).toString()).isEqualTo(GOLDEN);
        if (Boolean.getBoolean("seogen.updateGolden")) {
            Files.copy(written, GOLDEN_SOURCE.resolve(GOLDEN), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(written)).isEqualTo(golden());
    }

    @Test
    void readingThenWritingChangesNoByte() throws IOException {
        Path file = copyGolden();

        Draft draft = store().read(file);
        store().write(draft);

        assertThat(Files.readString(file)).isEqualTo(golden());
        assertThat(draft).isEqualTo(SampleDraft.generated());
        assertThat(draft.isEdited()).isFalse();
    }

    @Test
    void aDraftEditedByHandStillReadsAndShowsTheEdit() throws IOException {
        Path file = copyGolden();
        String edited = "\uFEFF"
                + golden().replace("This article walks through each of them.", "A reviewer rewrote this line.")
                        .replace("status: draft\n", "status: draft\ntags: [reviewed, ai]\n")
                        .replace("\n", "\r\n");
        Files.writeString(file, edited);

        Draft draft = store().read(file);

        assertThat(draft.isEdited()).isTrue();
        assertThat(draft.article().intro()).endsWith("A reviewer rewrote this line.");
        assertThat(draft.extraFrontMatter()).containsEntry("tags", List.of("reviewed", "ai"));
        store().write(draft.withReview(new Review(ReviewStatus.APPROVED, null, Instant.EPOCH)));
        assertThat(Files.readString(file))
                .contains("tags:\n  - reviewed\n  - ai\n")
                .doesNotContain("\r");
        assertThat(store().read(file).isEdited()).isTrue();
    }

    @Test
    void whoReviewedSurvivesTheRoundTripAndADraftWithoutItReadsWithNone() throws IOException {
        Draft reviewed = SampleDraft.generated()
                .withReview(new Review(ReviewStatus.APPROVED, null, Instant.parse("2026-12-01T09:00:00Z"), "Ada L."));
        Path file = store().write(reviewed);

        assertThat(file).content().contains("reviewed_by: Ada L.\n");
        assertThat(store().read(file).review()).isEqualTo(reviewed.review());
        store().write(SampleDraft.generated());
        assertThat(store().read(file).review().reviewedBy()).isNull();
    }

    @Test
    void autoLinksFalseSurvivesTheRoundTripAndReachesTheHeaderAndTheIndex(@TempDir Path state) throws IOException {
        Path file = copyGolden();
        Files.writeString(file, golden().replace("status: draft\n", "status: draft\nauto_links: false\n"));

        Draft draft = store().read(file);
        store().write(draft);

        assertThat(draft.autoLinks()).isFalse();
        assertThat(store().read(file).autoLinks()).isFalse();
        assertThat(file).content().contains("auto_links: false\n");
        assertThat(SampleDraft.generated().autoLinks())
                .as("on unless turned off")
                .isTrue();
        assertThat(SampleDraft.generated().withAutoLinks(false).autoLinks()).isFalse();
        Path index = state.resolve("drafts.index");
        store().headers(index, (listed, d) -> {});
        assertThat(store().headers(index, (listed, d) -> {}).headers())
                .as("from the index")
                .extracting(DraftHeader::autoLinks)
                .containsExactly(false);
    }

    @Test
    void autoLinksThatIsNotTrueOrFalseNamesTheKey() throws IOException {
        Path file = copyGolden();
        Files.writeString(file, golden().replace("status: draft\n", "status: draft\nauto_links: sometimes\n"));

        assertThatThrownBy(() -> store().read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("auto_links")
                .hasMessageContaining("must be true or false");
    }

    @Test
    void theKeyAndTheLanguageTranslatedFromSurviveTheRoundTripAndReachTheHeader() throws IOException {
        Draft version =
                SampleDraft.generated().withVersion(new LanguageVersion("llm-challenges", new LanguageTag("fr")));
        Path file = store().write(version);

        assertThat(file).content().contains("language: en\nkey: llm-challenges\ntranslated_from: fr\n");
        assertThat(store().read(file).version()).isEqualTo(version.version());
        DraftHeader header = DraftHeader.of(file, store().read(file));
        assertThat(header.key()).isEqualTo("llm-challenges");
        Path index = drafts.resolve("index.bin");
        DraftIndex.write(index, drafts, Map.of("x.md", new DraftIndex.Entry(1, 2, "k", header, true)));
        assertThat(DraftIndex.read(index, drafts).get("x.md").header().key())
                .as("read back from the index")
                .isEqualTo("llm-challenges");
        store().write(SampleDraft.generated());
        assertThat(file).content().doesNotContain("key:").doesNotContain("translated_from");
        assertThat(store().read(file).version()).isEqualTo(LanguageVersion.NONE);
    }

    @Test
    void whitespaceAroundHeadingsIsNotAnEdit() throws IOException {
        Path file = copyGolden();
        Files.writeString(file, golden().replace("\n## Ethical challenges\n", "\n\n\n## Ethical challenges   \n"));

        assertThat(store().read(file).isEdited()).isFalse();
    }

    @Test
    void valuesThatLookLikeYamlSurviveTheRoundTrip() throws IOException {
        Article tricky = new Article(
                "yes",
                "null: # not a comment, 'quoted' and \"double\"",
                Slug.of("yes"),
                "DNS",
                SampleDraft.article().language(),
                List.of("true", "1.0", "- dash", "@at"),
                "  leading spaces and a trailing colon:",
                "Intro.",
                List.of(new Section("On: colons", "Text [1].")),
                new Section("Summary", "Done."),
                List.of());
        Draft draft = Draft.of(tricky, 800, new Review(ReviewStatus.REJECTED, "Line one\nline two: more", null), null);

        Path file = store().write(draft);
        String first = Files.readString(file);
        Draft read = store().read(file);
        store().write(read);

        assertThat(read).isEqualTo(draft);
        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void aDraftWhoseFrontMatterPyYamlSavedAgainReadsAsTheSameDraft() throws IOException {
        Path file = drafts.resolve(GOLDEN);
        Files.createDirectories(file.getParent());
        Files.writeString(file, resource("/drafts/resaved/" + GOLDEN));

        Draft draft = store().read(file);
        store().write(draft);

        assertThat(draft).isEqualTo(SampleDraft.generated());
        assertThat(draft.isEdited()).isFalse();
        assertThat(Files.readString(file)).as("seogen writes its own form back").isEqualTo(golden());
    }

    @Test
    void everyYamlTimestampFormReads() throws IOException {
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        forms.put("2026-12-02 15:01:03.659000+00:00", "2026-12-02T15:01:03.659Z");
        forms.put("2026-12-02T15:01:03Z", "2026-12-02T15:01:03Z");
        forms.put("2026-12-02t15:01:03z", null);
        forms.put("2026-12-02t15:01:03.1Z", "2026-12-02T15:01:03.100Z");
        forms.put("2026-12-02", "2026-12-02T00:00:00Z");
        forms.put("2026-12-02 15:01:03", "2026-12-02T15:01:03Z");
        forms.put("2026-12-2 5:01:03", "2026-12-02T05:01:03Z");
        forms.put("2026-12-02T15:01:03.1234567891234+01:00", "2026-12-02T14:01:03.123456789Z");
        forms.put("2026-12-02 15:01:03 -05", "2026-12-02T20:01:03Z");
        forms.put("2026-12-02T15:01:03.   Z", "2026-12-02T15:01:03Z");
        forms.put("\"2026-12-02T15:01:03+05:30\"", "2026-12-02T09:31:03Z");
        forms.put("'2026-12-02 15:01:03.5Z'", "2026-12-02T15:01:03.500Z");
        forms.put("2026-12-02 15:01:03+0000", null); // not YAML's form: PyYAML reads it as text
        forms.put("2026-02-30", null);
        forms.put("2026-12-02 25:01:03", null);
        Map<String, String> read = new java.util.LinkedHashMap<>();
        for (String form : forms.keySet()) {
            Path file = drafts.resolve("dns/timestamp.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: T\nstatus: approved\nreviewed_at: " + form + "\n---\nBody.\n");
            try {
                read.put(form, String.valueOf(store().read(file).review().changedAt()));
            } catch (InputException e) {
                assertThat(e.getMessage()).contains("timestamp.md", "reviewed_at", "is not a time like");
                read.put(form, null);
            }
        }

        assertThat(read).containsExactlyEntriesOf(forms);
    }

    @Test
    void formsOtherYamlToolsWriteReadAsTheSameDraft() throws IOException {
        Path file = drafts.resolve("dns/what-is-a-zone-file.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                title: What is a zone file?
                question: What is a zone file?
                id: abc123
                status: "draft"
                language: 'en'
                keywords: [dns, "zone file"]
                review_note: ~
                reviewed_at: null
                description: >-
                  A zone file lists
                  the records of a domain.
                sources:
                    -   id: 1
                        title: |-
                          RFC 1035
                        authors: []
                        year: 1987
                        url: "https://www.rfc-editor.org/rfc/rfc1035"
                generation: {provider: openai, model: gpt-4o-mini, input_tokens: 10, output_tokens: 20,
                  cost: 1.0e-05, started_at: 2026-12-02 15:01:03.659000+00:00,
                  finished_at: 2026-12-02T15:01:04Z, content_hash: 'sha256:00'}
                words: 800
                ---
                A zone file [1].

                ## In short

                Text.
                """);

        Draft draft = store().read(file);

        assertThat(draft.id()).isEqualTo("abc123");
        assertThat(draft.article().keywords()).containsExactly("dns", "zone file");
        assertThat(draft.article().metaDescription()).isEqualTo("A zone file lists the records of a domain.");
        assertThat(draft.article().sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("RFC 1035");
            assertThat(s.year()).isEqualTo(1987);
            assertThat(s.url()).isEqualTo("https://www.rfc-editor.org/rfc/rfc1035");
        });
        assertThat(draft.review().note()).isNull();
        assertThat(draft.generation()).isNotNull();
        assertThat(draft.generation().startedAt()).isEqualTo(Instant.parse("2026-12-02T15:01:03.659Z"));
        assertThat(draft.generation().cost()).isEqualByComparingTo("0.00001");
        store().write(draft);
        assertThat(Files.readString(file))
                .contains("keywords:\n  - dns\n  - zone file\n")
                .contains("  cost: 0.00001\n  started_at: 2026-12-02T15:01:03.659Z\n");
    }

    @Test
    void numbersOutOfRangeAreRefusedWithTheirFileLineAndFieldAndNeverExpanded() throws IOException {
        String generation = "generation:\n  provider: x\n  model: y\n  input_tokens: 10\n  output_tokens: 20\n"
                + "  cost: 0.1\n  started_at: 2026-12-02T15:01:03Z\n  finished_at: 2026-12-02T15:01:04Z\n";
        Map<String, String> corrupt = Map.of(
                "dns/cost.md", generation.replace("cost: 0.1", "cost: 1e999999999"),
                "dns/quoted-cost.md", generation.replace("cost: 0.1", "cost: '1e999999999'"),
                "dns/negative-cost.md", generation.replace("cost: 0.1", "cost: -3"),
                "dns/tokens.md", generation.replace("input_tokens: 10", "input_tokens: 1e999999999"),
                "dns/tiny.md", "kept: 1e-999999999\n",
                "dns/words.md", "words: 1e999999999\n",
                "dns/year.md", "sources:\n  - id: 1\n    title: S\n    year: 9e99\n");
        for (var entry : corrupt.entrySet()) {
            Path file = drafts.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: T\n" + entry.getValue() + "---\nBody.\n");
        }

        DraftScan scan = store().scan();

        assertThat(scan.drafts()).isEmpty();
        assertThat(scan.unreadable())
                .extracting(p -> p.file().getFileName() + ":" + p.line() + " " + p.field())
                .containsExactlyInAnyOrder(
                        "cost.md:8 generation.cost",
                        "quoted-cost.md:8 generation.cost",
                        "negative-cost.md:8 generation.cost",
                        "tokens.md:6 generation.input_tokens",
                        "tiny.md:3 kept",
                        "words.md:3 words",
                        "year.md:6 sources[1].year");
        assertThat(scan.unreadable())
                .filteredOn(p -> p.file().endsWith("cost.md"))
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo(drafts.resolve("dns/cost.md") + ":8: generation.cost: '1E+999999999' is out of"
                                + " range: a number here has at most 40 digits before and after its point; write it"
                                + " out, or quote it if it is text"));
    }

    @Test
    void aDraftOverTheSizeLimitIsReportedWithoutBeingReadAndTheOthersRead() throws IOException {
        copyGolden();
        Path big = drafts.resolve("dns/big.md");
        Files.createDirectories(big.getParent());
        Files.writeString(big, "---\ntitle: Big\n---\n" + "Text. ".repeat(4_000));

        DraftScan scan = new DraftStore(drafts, 20_000).scan();

        assertThat(scan.drafts())
                .singleElement()
                .satisfies(d -> assertThat(d.article().title()).startsWith("Challenges"));
        assertThat(scan.unreadable())
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo(big + ": this draft is 23.5 KB, over the limit of 19.5 KB; raise drafts.max-size"
                                + " (SEOGEN_DRAFTS_MAX_SIZE) to read it"));
        assertThat(DraftStore.DEFAULT_MAX_SIZE).isEqualTo(16L * 1024 * 1024);
    }

    @Test
    void aFrontMatterValueOverTheLimitIsRefusedWithItsLineAndField() throws IOException {
        Map<String, String> corrupt = Map.of(
                "dns/one-line.md", "description: " + "x".repeat(70_000) + "\n",
                "dns/many-lines.md", "description: |\n" + ("  " + "word ".repeat(100) + "\n").repeat(200),
                "dns/in-a-list.md", "keywords:\n  - ok\n  - \"" + ("y ".repeat(100) + "\n    ").repeat(400) + "\"\n");
        for (var entry : corrupt.entrySet()) {
            Path file = drafts.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: T\n" + entry.getValue() + "---\nBody.\n");
        }

        DraftScan scan = store().scan();

        assertThat(scan.drafts()).isEmpty();
        assertThat(scan.unreadable())
                .extracting(p -> p.file().getFileName() + ":" + p.line() + " " + p.field() + " " + p.message())
                .containsExactlyInAnyOrder(
                        "one-line.md:3  this line is 70,013 characters long; a line or a value may be at most 65,536",
                        "many-lines.md:3 description this value is 100,200 characters long; a value in front matter"
                                + " may be at most 65,536",
                        "in-a-list.md:5 keywords[2] this value is 80,000 characters long; a value in front matter may"
                                + " be at most 65,536");
    }

    @Test
    void aDraftWrittenByHandWithOnlyATitleReads() throws IOException {
        Path file = drafts.resolve("dns/what-is-a-zone-file.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                title: What is a zone file?
                ---
                A zone file lists the records of a domain.

                ## What it contains

                SOA, NS and A records.

                ## In short

                A text file.
                """);

        Draft draft = store().read(file);

        assertThat(draft.article().question()).isEqualTo("What is a zone file?");
        assertThat(draft.article().category()).isEqualTo("dns");
        assertThat(draft.article().sections()).extracting(Section::heading).containsExactly("What it contains");
        assertThat(draft.article().summary().heading()).isEqualTo("In short");
        assertThat(draft.review().status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(draft.generation()).isNull();
        assertThat(draft.isEdited()).isFalse();
        assertThat(draft.id()).isEqualTo(Draft.idOf(new Slug("dns"), new Slug("what-is-a-zone-file")));
    }

    @Test
    void aDraftWithoutACategoryTakesTheNameItsFolderGoesBy(@TempDir Path state) throws IOException {
        Path named = drafts.resolve("dns/what-is-a-cname-record.md");
        Path unnamed = drafts.resolve("dns/what-is-a-zone-file.md");
        Path alone = drafts.resolve("mail/what-is-smtp.md");
        for (Path file : List.of(named, unnamed, alone)) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(named, "---\ntitle: What is a CNAME record?\ncategory: DNS\n---\nText.\n");
        Files.writeString(unnamed, "---\ntitle: What is a zone file?\n---\nText.\n");
        Files.writeString(alone, "---\ntitle: What is SMTP?\n---\nText.\n");
        for (Path file : List.of(named, unnamed, alone)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        }
        Path index = state.resolve("drafts.index");
        Map<Path, String> given = new java.util.concurrent.ConcurrentHashMap<>();

        DraftScan scan = store().scan();
        DraftHeaders first = store().headers(
                        index,
                        (listed, draft) -> given.put(
                                listed.header().file(),
                                listed.header().category() + "|"
                                        + draft.article().category()));
        DraftHeaders fromIndex = store().headers(index, (listed, draft) -> {});

        assertThat(scan.drafts()).extracting(d -> d.article().category()).containsExactly("DNS", "DNS", "mail");
        assertThat(first.headers()).extracting(DraftHeader::category).containsExactly("DNS", "DNS", "mail");
        assertThat(fromIndex.headers()).extracting(DraftHeader::category).containsExactly("DNS", "DNS", "mail");
        assertThat(given).containsEntry(unnamed, "DNS|DNS").containsEntry(alone, "mail|mail");
        assertThat(store().read(unnamed).article().category()).isEqualTo("dns");
        DraftStore store = store();
        store.headers(index, (l, draft) -> {});
        assertThat(store.read(unnamed).article().category())
                .as("read again after a listing, as publish does")
                .isEqualTo("DNS");

        // The draft that named the category is gone: the other one goes back to its folder's name.
        Files.delete(named);
        assertThat(store().headers(index, (listed, draft) -> {}).headers())
                .extracting(DraftHeader::category)
                .containsExactly("dns", "mail");
    }

    @Test
    void corruptDraftsAreReportedWithTheirPathAndLeftUntouched() throws IOException {
        copyGolden();
        Map<String, String> corrupt = Map.of(
                "dns/bad-yaml.md", "---\ntitle: [unclosed\n---\nBody\n",
                "dns/no-title.md", "---\nquestion: What is DNS?\n---\nBody\n",
                "dns/never-closed.md", "---\ntitle: Open\nBody\n",
                "dns/no-front-matter.md", "Just text.\n",
                "smtp/wrong-folder.md", "---\ntitle: T\ncategory: DNS\n---\n",
                "dns/Bad Name.md", "---\ntitle: T\n---\n");
        for (var entry : corrupt.entrySet()) {
            Path file = drafts.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
        }

        DraftScan scan = store().scan();

        assertThat(scan.drafts()).hasSize(1);
        assertThat(scan.unreadable())
                .extracting(p -> drafts.relativize(p.file()).toString())
                .containsExactlyInAnyOrderElementsOf(corrupt.keySet());
        assertThat(scan.unreadable())
                .extracting(Problem::message)
                .allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(scan.unreadable())
                .filteredOn(p -> p.file().endsWith("no-title.md"))
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("title: missing"));
        for (var entry : corrupt.entrySet()) {
            assertThat(drafts.resolve(entry.getKey())).hasContent(entry.getValue());
        }
    }

    @Test
    void frontMatterThatYamlWouldMisreadIsCorrupt() throws IOException {
        Map<String, String> corrupt = Map.of(
                "dns/alias.md", "---\ntitle: &t My title\nquestion: *t\n---\n",
                "dns/twice.md", "---\ntitle: First\ntitle: Second\n---\n",
                "dns/blank-id.md", "---\nid: \"\"\ntitle: T\n---\n",
                "dns/list-title.md", "---\ntitle: [a, b]\n---\n",
                "dns/bad-source.md", "---\ntitle: T\nsources:\n  - id: abc\n    title: S\n---\n");
        for (var entry : corrupt.entrySet()) {
            Path file = drafts.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.getValue());
        }

        DraftScan scan = store().scan();

        assertThat(scan.drafts()).isEmpty();
        assertThat(scan.unreadable())
                .extracting(p -> p.file().getFileName() + " " + p.field() + " " + p.message())
                .containsExactlyInAnyOrder(
                        "alias.md  YAML aliases (*name) are not supported; write the value out",
                        "twice.md  the front matter is not valid YAML: Duplicate field 'title'",
                        "blank-id.md  a draft id is one non-blank line, got ''",
                        "list-title.md title must be a single value, not a list or a mapping",
                        "bad-source.md sources[1].id must be a whole number, got 'abc'");
    }

    @Test
    void aClosingFenceWithTrailingSpacesAndADecimalWordTargetRead() throws IOException {
        Path file = drafts.resolve("dns/spaces.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "--- \ntitle: T\nwords: 800.0\n---   \nBody.\n");

        Draft draft = store().read(file);

        assertThat(draft.targetWords()).isEqualTo(800);
        assertThat(draft.article().intro()).isEqualTo("Body.");
    }

    @Test
    void editingTheQuestionOrLanguageCountsAsAnEdit() throws IOException {
        Path file = copyGolden();
        Files.writeString(file, golden().replace("question: What are the", "question: Which are the"));

        assertThat(store().read(file).isEdited()).isTrue();
    }

    @Test
    void textMarkdownCannotHoldIsRefusedBeforeAnythingIsWritten() {
        Article article = SampleDraft.article();
        List<Article> unrepresentable = List.of(
                article.withSections(List.of(new Section("Setup", "Text.\n\n## Not a section\n\nMore."))),
                article.withSections(List.of(new Section("Code", "```sh\nls\n"))),
                article.withSections(List.of(new Section(
                        "Deep", "x", List.of(new Section("Sub", "y", List.of(new Section("Sub-sub", "z"))))))));

        for (Article bad : unrepresentable) {
            assertThatThrownBy(() -> store().write(Draft.of(bad, 800, Review.NEW, null)))
                    .hasMessageContaining("would read back differently");
        }
        assertThat(drafts.resolve("llm")).doesNotExist();
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path file = store().write(SampleDraft.generated());
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));

        store().write(SampleDraft.generated().withReview(new Review(ReviewStatus.APPROVED, null, Instant.EPOCH)));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw-r--");
        Path fresh = store().write(Draft.of(SampleDraft.article().withSections(List.of()), 800, Review.NEW, null)
                .withArticle(SampleDraft.article().withSlug(new Slug("another-one"))));
        assertThat(Files.getPosixFilePermissions(fresh))
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    @Test
    void temporaryFilesOfAnInterruptedWriteAreNotDrafts() throws IOException {
        Path file = copyGolden();
        Files.writeString(file.resolveSibling(AtomicFile.TEMP_PREFIX + "123.tmp"), "---\ntitle: half");
        Files.writeString(file.resolveSibling(".#emacs-lock.md"), "junk");

        DraftScan scan = store().scan();

        assertThat(scan.drafts()).hasSize(1);
        assertThat(scan.unreadable()).isEmpty();
    }

    @Test
    void writingLeavesNoTemporaryFileAndReplacesTheOldVersion() throws IOException {
        Draft draft = SampleDraft.generated();
        Path file = store().write(draft);

        store().write(draft.withReview(
                new Review(ReviewStatus.APPROVED, "Good.", Instant.parse("2026-11-27T08:00:00Z"))));

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Files.readString(file)).contains("status: approved\nreview_note: Good.\nreviewed_at:");
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws IOException {
        Path file = copyGolden();
        Path blocked = file.resolveSibling("folder-in-the-way.md");
        Files.createDirectories(blocked.resolve("child"));

        assertThatThrownBy(() -> AtomicFile.write(blocked, "new".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("cannot write " + blocked);

        assertThat(Files.readString(file)).isEqualTo(golden());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().startsWith(AtomicFile.TEMP_PREFIX));
        }
    }

    @Test
    void aDraftIsAlwaysStoredInsideTheDraftsFolder() {
        Article hostile = new Article(
                "../../etc/passwd",
                "Hostile",
                Slug.of("../../etc/passwd"),
                "../..",
                SampleDraft.article().language(),
                List.of(),
                "",
                "",
                List.of(),
                new Section("", ""),
                List.of());

        Path path = store().pathOf(hostile);

        assertThat(path).startsWithRaw(drafts.toAbsolutePath());
        assertThat(drafts.toAbsolutePath().relativize(path).getNameCount()).isEqualTo(2);
    }

    @Test
    void readingAMissingOrNonUtf8FileIsAnInputError() throws IOException {
        Path latin1 = drafts.resolve("dns/latin.md");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, "---\ntitle: Qu'est-ce que la génération\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> store().read(latin1))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("latin.md")
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> store().read(drafts.resolve("dns/absent.md")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cannot be read");
    }

    private Path copyGolden() throws IOException {
        Path file = drafts.resolve(GOLDEN);
        Files.createDirectories(file.getParent());
        Files.writeString(file, golden());
        return file;
    }

    private static String golden() throws IOException {
        return resource("/drafts/golden/" + GOLDEN);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(DraftStoreTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void headersComeFromTheIndexWhileADraftKeepsItsSizeAndTime(@TempDir Path state) throws IOException {
        Path file = store().write(SampleDraft.generated());
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(file, old);
        Path index = state.resolve("drafts.index");
        List<Path> read = new ArrayList<>();

        DraftHeaders first = store().headers(
                        index, (listed, draft) -> read.add(listed.header().file()));
        // Same size and time, other words: the index answers, the file is not read.
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Customizing", "Customising"));
        Files.setLastModifiedTime(file, old);
        DraftHeaders second = store().headers(
                        index, (listed, draft) -> read.add(listed.header().file()));
        // Same size and time, but another file put in its place (a copy that kept the time): read again.
        Path copy = drafts.resolve("copy.tmp");
        Files.writeString(copy, text.replace("Customizing", "Customisinq"));
        Files.setLastModifiedTime(copy, old);
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DraftHeaders replaced = store().headers(
                        index, (listed, draft) -> read.add(listed.header().file()));
        // A new time: read again.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
        DraftHeaders third = store().headers(
                        index, (listed, draft) -> read.add(listed.header().file()));

        assertThat(first.headers()).singleElement().satisfies(h -> {
            assertThat(h.file()).isEqualTo(file);
            assertThat(h.title()).contains("Customizing");
            assertThat(h.contentHash()).isEqualTo(SampleDraft.generated().contentHash());
            assertThat(h.edited()).isFalse();
        });
        assertThat(second.headers()).isEqualTo(first.headers());
        assertThat(third.headers()).singleElement().satisfies(h -> {
            assertThat(h.title()).contains("Customisinq");
            assertThat(h.edited()).isTrue();
        });
        assertThat(replaced.headers())
                .singleElement()
                .satisfies(h -> assertThat(h.title()).contains("Customisinq"));
        assertThat(read).containsExactly(file, file, file);
    }

    @Test
    void aDraftChangedJustNowIsNotIndexedAndADamagedIndexIsRebuilt(@TempDir Path state) throws IOException {
        Path file = store().write(SampleDraft.generated()); // modified now: too recent to index
        Path index = state.resolve("drafts.index");
        store().headers(index, (path, draft) -> {});
        String text = Files.readString(file);
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, text.replace("Customizing", "Customising"));
        Files.setLastModifiedTime(file, time); // an edit within the same clock tick, same size

        assertThat(store().headers(index, (path, draft) -> {}).headers())
                .singleElement()
                .satisfies(h -> assertThat(h.title()).contains("Customising"));

        Files.write(index, new byte[] {1, 2, 3});
        Files.writeString(drafts.resolve("llm/broken.md"), "not a draft");
        DraftHeaders rebuilt = store().headers(index, (path, draft) -> {});
        assertThat(rebuilt.headers()).hasSize(1);
        assertThat(rebuilt.unreadable())
                .singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(drafts.resolve("llm/broken.md")));
    }

    @Test
    void draftsThisProcessWroteAreRememberedOnlyWhileTheirFilesHoldWhatWasWritten(@TempDir Path state)
            throws IOException {
        Path file = store().write(SampleDraft.generated());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        Path index = state.resolve("drafts.index");
        DraftHeader before =
                store().headers(index, (listed, draft) -> {}).headers().get(0);
        Review review = new Review(ReviewStatus.PUBLISHED, null, Instant.parse("2026-11-27T08:00:00Z"));

        DraftStore.Written written =
                store().write(SampleDraft.generated().withReview(review), before.withReview(review));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
        store().remember(index, List.of(written));
        List<Path> read = new ArrayList<>();
        DraftHeaders after = store().headers(
                        index, (listed, draft) -> read.add(listed.header().file()));

        assertThat(read).isEmpty();
        assertThat(after.headers())
                .singleElement()
                .satisfies(h -> assertThat(h.review().status()).isEqualTo(ReviewStatus.PUBLISHED));

        // Someone saves the file after seogen wrote it, same size, and the time comes out the same.
        DraftStore.Written again = store().write(SampleDraft.generated().withReview(review), before.withReview(review));
        FileTime time = FileTime.from(Instant.now().minusSeconds(20));
        Files.writeString(file, Files.readString(file).replace("Customizing", "Customising"));
        Files.setLastModifiedTime(file, time);
        store().remember(index, List.of(again));

        assertThat(store().headers(
                                index,
                                (listed, draft) -> read.add(listed.header().file()))
                        .headers())
                .singleElement()
                .satisfies(h -> assertThat(h.title()).contains("Customising"));
        assertThat(read).containsExactly(file);
    }

    @Test
    void aDraftListedJustAfterAChangeIsNeverTakenAsUnchanged(@TempDir Path state) throws IOException {
        Path file = store().write(SampleDraft.generated()); // changed just now
        List<DraftStore.Listed> listed = new ArrayList<>();
        store().headers(state.resolve("drafts.index"), (l, draft) -> listed.add(l));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        List<DraftStore.Listed> settled = new ArrayList<>();
        store().headers(state.resolve("drafts.index"), (l, draft) -> settled.add(l));

        assertThat(listed).singleElement().satisfies(l -> {
            assertThat(l.settled()).isFalse();
            assertThat(store().unchangedSince(l))
                    .as("an edit in the same clock tick would not show")
                    .isFalse();
        });
        assertThat(store().unchangedSince(settled.get(0))).isTrue();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(50)));
        assertThat(store().unchangedSince(settled.get(0))).isFalse();
    }

    @Test
    void aCategoryFolderThatIsASymbolicLinkIsNeverWrittenThrough(@TempDir Path elsewhere) throws IOException {
        Draft draft = SampleDraft.generated();
        Path target = Files.createDirectories(elsewhere.resolve("outside"));
        Files.createSymbolicLink(drafts.resolve(draft.article().categorySlug().value()), target);
        DraftStore store = new DraftStore(drafts);

        assertThatThrownBy(() -> store.write(draft))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is a symbolic link (to " + target + ")")
                .hasMessageContaining("seogen writes drafts only inside the drafts folder");
        try (Stream<Path> written = Files.list(target)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void sourceChecksGoUnderTheirSourceAndAreNoEdit() throws IOException {
        Draft draft = SampleDraft.generated();
        int first = draft.article().sources().get(0).id();
        var check = new dev.seogen.core.source.SourceCheck(
                dev.seogen.core.source.CheckStatus.OK,
                java.time.Instant.parse("2026-11-26T08:00:00Z"),
                dev.seogen.core.source.CheckMethod.DOI,
                "Crossref: the record matches",
                "Attention Is All You Need",
                "https://doi.org/10.1000/x");
        DraftStore store = new DraftStore(drafts);

        Path file = store.write(draft.withChecks(java.util.Map.of(first, check)));
        Draft read = store.read(file);

        assertThat(read.checks()).containsExactly(java.util.Map.entry(first, check));
        assertThat(read.isEdited()).isFalse();
        assertThat(Files.readString(file))
                .contains("    check:\n      status: ok\n      checked_at: 2026-11-26T08:00:00Z\n      how: doi\n");
    }

    @Test
    void aCheckWithAnUnknownStatusIsNamedByItsLine() throws IOException {
        Draft draft = SampleDraft.generated();
        DraftStore store = new DraftStore(drafts);
        var check = dev.seogen.core.source.SourceCheck.unknown(
                java.time.Instant.parse("2026-11-26T08:00:00Z"), null, "nothing to check");
        Path file = store.write(draft.withChecks(
                java.util.Map.of(draft.article().sources().get(0).id(), check)));
        Files.writeString(file, Files.readString(file).replace("status: unknown", "status: fine"));

        assertThatThrownBy(() -> store.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("sources[1].check.status")
                .hasMessageContaining("'fine' is not one of ok, dead, missing, mismatch, unknown");
    }

    @Test
    void libraryEvidenceGoesUnderItsSourceReadsBackAndIsNoEdit() throws IOException {
        Draft draft = SampleDraft.generated();
        int first = draft.article().sources().get(0).id();
        var evidence = new dev.seogen.core.library.SourceEvidence(
                "papers/fine-tuning.pdf",
                List.of(
                        new dev.seogen.core.library.PassageExcerpt(0, "", "Fine-tuning needs data: \"quoted\" [1]…"),
                        new dev.seogen.core.library.PassageExcerpt(3, "Costs", "Training on a user's data costs…")));
        DraftStore store = new DraftStore(drafts);

        Path file = store.write(draft.withEvidence(Map.of(first, evidence)));
        Draft read = store.read(file);

        assertThat(read.evidence()).containsExactly(Map.entry(first, evidence));
        assertThat(read.isEdited()).isFalse();
        assertThat(Files.readString(file))
                .contains("    library: papers/fine-tuning.pdf\n    passages:\n      - position: 0\n")
                .contains("      - position: 3\n        heading: Costs\n");
        Path again = store.write(read);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Test
    void evidenceWithABadPositionIsNamedByItsField() throws IOException {
        Draft draft = SampleDraft.generated();
        var evidence = new dev.seogen.core.library.SourceEvidence(
                "notes.md", List.of(new dev.seogen.core.library.PassageExcerpt(2, "", "text")));
        DraftStore store = new DraftStore(drafts);
        Path file = store.write(
                draft.withEvidence(Map.of(draft.article().sources().get(0).id(), evidence)));
        Files.writeString(file, Files.readString(file).replace("position: 2", "position: -4"));

        assertThatThrownBy(() -> store.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("sources[1].passages[1].position");
    }

    @Test
    void evidenceAndTheLanguageVersionSurviveEveryWithAndTheRoundTrip() throws IOException {
        Draft draft = SampleDraft.generated();
        int first = draft.article().sources().get(0).id();
        var evidence = new dev.seogen.core.library.SourceEvidence(
                "notes.md", List.of(new dev.seogen.core.library.PassageExcerpt(0, "", "text")));
        var version = new LanguageVersion("llm-challenges", new LanguageTag("fr"));
        Draft both = draft.withEvidence(Map.of(first, evidence)).withVersion(version);

        for (Draft changed : List.of(
                both.withAutoLinks(false),
                both.withReview(draft.review()),
                both.withChecks(Map.of()),
                both.withArticle(draft.article()))) {
            assertThat(changed.evidence()).containsExactly(Map.entry(first, evidence));
            assertThat(changed.version()).isEqualTo(version);
        }
        DraftStore store = new DraftStore(drafts);
        Draft read = store.read(store.write(both.withAutoLinks(false)));
        assertThat(read.evidence()).containsExactly(Map.entry(first, evidence));
        assertThat(read.version()).isEqualTo(version);
        assertThat(read.autoLinks()).isFalse();
    }
}
