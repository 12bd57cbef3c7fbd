package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.DraftStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seogen review} on drafts written by hand, as a reviewer would run it. */
class ReviewCommandTest {
    private static final String CLEAN = Fixtures.CLEAN;
    private static final String BROKEN = """
            ---
            id: broken0001
            title: MX
            category: DNS
            ---

            As an AI language model, I think MX records route mail.

            ## Routing

            Mail goes to the lowest preference first [4].
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void writeDrafts() throws IOException {
        Path dns = Files.createDirectories(folder.resolve("drafts/dns"));
        Files.writeString(dns.resolve("what-is-a-cname-record-in-dns.md"), CLEAN);
        Files.writeString(dns.resolve("what-is-an-mx-record.md"), BROKEN);
        Files.writeString(dns.resolve("corrupt.md"), "---\ntitle: [unclosed\n---\n");
    }

    @Test
    void listShowsEveryDraftWithItsCountsAndNamesTheOnesThatDoNotRead() {
        CommandRun run = CommandRun.seogen(folder, "review", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("clean00001 +DNS +draft +\\d+ +0 +0 +What Is a CNAME Record")
                .containsPattern("broken0001 +DNS +draft +\\d+ +[1-9]\\d* +[1-9]\\d* +MX")
                .contains("2 drafts");
        assertThat(run.err()).contains("skipped, does not read:").contains("corrupt.md");
    }

    @Test
    void aDraftOverDraftsMaxSizeIsSkippedAndNamedAndTheOthersAreListed() throws IOException {
        Path big = folder.resolve("drafts/dns/big.md");
        Files.writeString(big, "---\ntitle: Big\n---\n" + "Text. ".repeat(10_000));

        CommandRun run = CommandRun.seogen(folder, Map.of("SEOGEN_DRAFTS_MAX_SIZE", "32KB"), "review", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 drafts");
        assertThat(run.err())
                .contains("skipped, does not read: " + big.toRealPath()
                        + ": this draft is 58.6 KB, over the limit of 32 KB; raise drafts.max-size"
                        + " (SEOGEN_DRAFTS_MAX_SIZE) to read it");
        assertThat(CommandRun.seogen(folder, "review", "list").out()).contains("3 drafts");
    }

    @Test
    void listAsJsonIsStableAndFilters() throws IOException {
        CommandRun run = CommandRun.seogen(folder, "review", "list", "--format", "json", "--status", "draft");

        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fieldNames())
                .toIterable()
                .containsExactly("id", "path", "category", "title", "status", "words", "errors", "warnings");
        assertThat(rows.get(0).get("path").asText()).isEqualTo("dns/what-is-a-cname-record-in-dns.md");
        assertThat(CommandRun.seogen(folder, "review", "list", "--status", "approved")
                        .out())
                .contains("0 drafts");
    }

    @Test
    void lintNamesEveryFindingAndExits1OnErrors() {
        CommandRun run = CommandRun.seogen(folder, "review", "lint");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("dns/what-is-an-mx-record.md:7: error    boilerplate         body: model boilerplate")
                .contains("dns/what-is-an-mx-record.md:7: error    structure           body: there are no ## sections")
                .contains("dns/what-is-an-mx-record.md:11: error    citation-exists     [4]: [4] is cited but no")
                .contains("dns/what-is-an-mx-record.md:3: warning  title-length        title:")
                .contains("dns/corrupt.md:3: error    unreadable")
                .contains("2 drafts linted:");
        assertThat(CommandRun.seogen(folder, "review", "lint", "clean00001").exitCode())
                .isZero();
    }

    @Test
    void lintAsJsonListsFindingsWithTheirFields() throws IOException {
        CommandRun run = CommandRun.seogen(folder, "review", "lint", "broken0001", "--format", "json");

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("errors").asInt()).isPositive();
        assertThat(root.get("findings").get(0).fieldNames())
                .toIterable()
                .containsExactly("rule", "severity", "id", "draft", "location", "line", "message");
    }

    @Test
    void showPrintsTheArticleNumberedWithItsSourcesAndFindings() {
        CommandRun run = CommandRun.seogen(folder, "review", "show", "what-is-a-cname-record-in-dns");

        assertThat(run.out())
                .startsWith("What is a CNAME record in DNS?\n")
                .contains("1. How it works")
                .contains("2. Where it is not allowed")
                .contains(
                        "[1] Mockapetris, P. (1987). Domain names: concepts and facilities. IETF https://www.rfc-editor.org")
                .contains("Findings:")
                .contains("Flesch reading ease");
    }

    @Test
    void approveAndRejectWriteTheStatusIntoTheDraft() throws IOException {
        CommandRun approve = CommandRun.seogen(folder, "review", "approve", "clean00001");
        CommandRun reject =
                CommandRun.seogen(folder, "review", "reject", "broken0001", "--note", "Rewrite: boilerplate.");

        assertThat(approve.exitCode()).isZero();
        assertThat(reject.exitCode()).isZero();
        DraftStore store = new DraftStore(folder.resolve("drafts"));
        var clean = store.read(folder.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"));
        var broken = store.read(folder.resolve("drafts/dns/what-is-an-mx-record.md"));
        assertThat(clean.review().status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(clean.review().changedAt()).isNotNull();
        assertThat(broken.review().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(broken.review().note()).isEqualTo("Rewrite: boilerplate.");
        assertThat(folder.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"))
                .content()
                .contains("status: approved\n")
                .contains("## How it works");
        assertThat(folder.resolve("drafts/dns/corrupt.md")).hasContent("---\ntitle: [unclosed\n---\n");
    }

    @Test
    void approveAndRejectRecordWhoReviewedFromSeogenReviewerElseTheSystemUser() throws IOException {
        CommandRun approve = CommandRun.seogen(
                folder, Map.of("SEOGEN_REVIEWER", "Ada Lovelace", "USER", "ada"), "review", "approve", "clean00001");
        CommandRun reject = CommandRun.seogen(
                folder, Map.of("USER", "grace"), "review", "reject", "broken0001", "--note", "Rewrite it.");

        assertThat(approve.exitCode()).isZero();
        assertThat(reject.exitCode()).isZero();
        assertThat(folder.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"))
                .content()
                .contains("reviewed_by: Ada Lovelace\n");
        DraftStore store = new DraftStore(folder.resolve("drafts"));
        assertThat(store.read(folder.resolve("drafts/dns/what-is-an-mx-record.md"))
                        .review()
                        .reviewedBy())
                .isEqualTo("grace");
    }

    @Test
    void approveRefusesADraftWithErrorsUnlessForced() throws IOException {
        CommandRun refused = CommandRun.seogen(folder, "review", "approve", "broken0001");
        CommandRun forced = CommandRun.seogen(folder, "review", "approve", "broken0001", "--force");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("not approved: broken0001").contains("lint errors");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(folder.resolve("drafts/dns/what-is-an-mx-record.md")))
                .contains("status: approved");
    }

    @Test
    void approveAllCleanTakesOnlyDraftsWithoutFindings() throws IOException {
        CommandRun run = CommandRun.seogen(folder, "review", "approve", "--all-clean");

        assertThat(run.out()).contains("approved: clean00001").contains("1 approved.");
        assertThat(folder.resolve("drafts/dns/what-is-an-mx-record.md")).hasContent(BROKEN);
    }

    @Test
    void anUnknownOrAmbiguousIdIsBadInput() {
        CommandRun run = CommandRun.seogen(folder, "review", "approve", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no draft has the id or slug 'nope'");
    }

    @Test
    void theReportShowsCountsFindingsAndPreviewsWithModelTextEscaped() throws IOException {
        Files.writeString(folder.resolve("drafts/dns/hostile.md"), """
                ---
                id: hostile001
                title: "<script>alert('title')</script> ${7*7}"
                category: DNS
                sources:
                  - id: 1
                    title: Evil
                    url: "javascript:alert(1)"
                ---

                <img src=x onerror=alert(1)> and [a link](javascript:alert(2)) and <#if true>directive</#if>

                ## Part

                Text [1].

                ## Summary

                Done.
                """);

        CommandRun run = CommandRun.seogen(folder, "review", "report", "--out", "report.html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html)
                .contains("draft: <strong>3</strong>")
                .contains("<td>boilerplate</td>")
                .contains("What Is a CNAME Record in DNS and When to Use It")
                .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; ${7*7}")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;#if true&gt;directive&lt;/#if&gt;")
                .contains("href=\"#\">a link</a>")
                .doesNotContain("<script>", "<img", "href=\"javascript:");
    }

    @Test
    void aDraftThatDoesNotReadIsALintError() {
        CommandRun run = CommandRun.seogen(folder, "review", "lint", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"rule\" : \"unreadable\"").contains("dns/corrupt.md");
    }

    @Test
    void aDraftsFolderThatDoesNotExistIsBadInput() {
        CommandRun run = CommandRun.seogen(folder, "review", "list", "--drafts", "drafz");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("drafz: no drafts folder here");
    }

    @Test
    void approveAllCleanWithNoDraftWaitingSaysSoAndBlamesNoLintError() {
        assertThat(CommandRun.seogen(folder, "review", "approve", "clean00001").exitCode())
                .isZero();
        assertThat(CommandRun.seogen(folder, "review", "reject", "broken0001", "--note", "Boilerplate")
                        .exitCode())
                .isZero();

        CommandRun run = CommandRun.seogen(folder, "review", "approve", "--all-clean");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("0 approved.")
                .contains("No draft is waiting for review: none has status draft")
                .doesNotContain("lint errors");
    }
}
