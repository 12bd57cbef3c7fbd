package dev.seogen.review.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review server over HTTP, started on port 0: pages, changes, and every refusal. */
class ReviewServerTest {
    @TempDir
    Path folder;

    private ReviewServer server;
    private Http http;
    private Path drafts;

    @BeforeEach
    void start() throws IOException {
        server = TestDrafts.start(folder);
        http = new Http(server.port());
        drafts = folder.resolve("drafts");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String file(String name) throws IOException {
        return Files.readString(drafts.resolve(name));
    }

    @Test
    void listensOnLoopbackOnTheActualPort() {
        assertThat(server.address().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        assertThat(server.port()).isPositive();
    }

    @Test
    void queueListsEveryDraftWorstFirstWithCountsAndSourceChecks() throws IOException {
        Http.Response queue = http.get("/");

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("3 of 3").contains("2 ok");
        int broken = queue.body().indexOf("What is an MX record?");
        int clean = queue.body().indexOf("What is a CNAME record in DNS?");
        assertThat(broken).isPositive().isLessThan(clean);
        assertThat(queue.body()).contains("Approve all clean").contains("1 clean draft ");
    }

    @Test
    void queueFiltersByStatusRuleAndSeverity() throws IOException {
        assertThat(http.get("/?rule=boilerplate").body())
                .contains("What is an MX record?")
                .doesNotContain("What is a CNAME record in DNS?")
                .contains("1 of 3");
        assertThat(http.get("/?severity=error&category=dns").body()).doesNotContain("What is a CNAME record");
        assertThat(http.get("/?status=approved").body()).contains("No draft matches this filter.");
    }

    @Test
    void aDraftsPageShowsFindingsWithTheirLinesAndSourcesWithTheirChecks() throws IOException {
        Http.Response page = http.get("/drafts/" + TestDrafts.BROKEN_ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("boilerplate")
                .contains("body, line 8")
                .contains("[4], line 12")
                .contains(">Approve</button>")
                .contains(">Reject</button>")
                .contains("<label for=\"note\">Note</label>")
                .contains(">Edit</button>");
        Http.Response clean = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        assertThat(clean.body())
                .contains("<span class=\"check\">ok</span> [1]")
                .contains("href=\"https://www.rfc-editor.org/rfc/rfc1034\"");
        Http.Response preview = http.get("/drafts/" + TestDrafts.BROKEN_ID + "/preview");
        assertThat(preview.body())
                .contains("<link rel=\"stylesheet\" href=\"/site/assets/style.css\">")
                .contains("first [4].</p><aside class=\"seogen-finding seogen-error\" data-rule=\"citation-exists\">"
                        + "error · citation-exists · line 12: [4] is cited but no source has id 4")
                .contains("<h1>What is an MX record?</h1><aside class=\"seogen-finding seogen-warning\"")
                .contains("<aside class=\"seogen-finding seogen-warning\""
                        + " data-rule=\"title-length\">warning · title-length · line 4:");
        assertThat(http.get("/site/assets/style.css").status()).isEqualTo(200);
    }

    @Test
    void aPreviewLinksWhatPublishWouldToThoseDraftsPagesHere() throws IOException {
        Files.writeString(drafts.resolve("dns/what-is-a-dns-resolver.md"), """
                ---
                id: resolver01
                question: What is a DNS resolver?
                title: What Is a DNS Resolver and What Does It Do
                category: DNS
                keywords:
                  - resolver
                description: "A DNS resolver looks names up for clients. Learn how it walks the tree and what it caches on the way."
                words: 100
                status: approved
                ---

                A resolver looks up names for its clients.

                ## Summary

                It walks the tree and caches what it finds.
                """);

        String preview = http.get("/drafts/" + TestDrafts.CLEAN_ID + "/preview").body();

        assertThat(preview)
                .as("the first mention of the approved draft's keyword, to its page in the review")
                .contains("A <a href=\"/drafts/resolver01\" target=\"_top\">resolver</a> that finds");
        assertThat(http.get("/drafts/" + TestDrafts.CLEAN_ID).body())
                .as("the preview's frame lets a click on such a link open that page")
                .contains("sandbox=\"allow-same-origin allow-top-navigation-by-user-activation\"");
    }

    @Test
    void draftAndModelTextIsEscapedOnEveryPage() throws IOException {
        for (String path :
                new String[] {"/", "/drafts/hostile001", "/drafts/hostile001/edit", "/drafts/hostile001/preview"}) {
            String body = http.get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(body).as(path).doesNotContain("href=\"javascript:");
        }
        assertThat(http.get("/drafts/hostile001").body()).contains("&lt;script&gt;alert(");
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws IOException {
        Http.Response rebound = http.get("/", "attacker.example:" + server.port());

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.body()).contains("Refused: the Host header (attacker.example:" + server.port() + ")");
        assertThat(http.get("/", "localhost:" + server.port()).status()).isEqualTo(200);
        assertThat(http.get("/", "127.0.0.1:1").status()).isEqualTo(403);
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithTheToken() throws IOException {
        Http.Response page = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        String before = file(TestDrafts.CLEAN_FILE);

        Http.Response refused = http.post(
                "/drafts/" + TestDrafts.CLEAN_ID + "/approve",
                Map.of("token", page.field("token"), "hash", page.field("hash")),
                "127.0.0.1:" + server.port(),
                "https://attacker.example");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Origin https://attacker.example");
        assertThat(file(TestDrafts.CLEAN_FILE)).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndChangesNothing() throws IOException {
        Http.Response page = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        String before = file(TestDrafts.CLEAN_FILE);

        Http.Response none =
                http.post("/drafts/" + TestDrafts.CLEAN_ID + "/approve", Map.of("hash", page.field("hash")));
        Http.Response wrong = http.post(
                "/drafts/" + TestDrafts.CLEAN_ID + "/approve",
                Map.of("token", "0".repeat(64), "hash", page.field("hash")));

        assertThat(none.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(none.body()).contains("token is missing or out of date");
        assertThat(file(TestDrafts.CLEAN_FILE)).isEqualTo(before);
    }

    @Test
    void approveRecordsTheDecisionAndTheReviewer() throws IOException {
        Http.Response page = http.get("/drafts/" + TestDrafts.CLEAN_ID);

        Http.Response done = http.post(
                "/drafts/" + TestDrafts.CLEAN_ID + "/approve",
                Map.of("token", page.field("token"), "hash", page.field("hash")));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/drafts/clean00001?msg=approved");
        assertThat(file(TestDrafts.CLEAN_FILE))
                .contains("status: approved")
                .contains("reviewed_by: Ada Reviewer")
                .contains("2026-12-01T09:00:00Z");
        assertThat(http.get("/drafts/clean00001?msg=approved").body()).contains("Approved.");
    }

    @Test
    void approveIsRefusedForADraftWithLintErrors() throws IOException {
        Http.Response page = http.get("/drafts/" + TestDrafts.BROKEN_ID);
        String before = file(TestDrafts.BROKEN_FILE);

        Http.Response refused = http.post(
                "/drafts/" + TestDrafts.BROKEN_ID + "/approve",
                Map.of("token", page.field("token"), "hash", page.field("hash")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Not approved: this draft has 4 lint errors");
        assertThat(file(TestDrafts.BROKEN_FILE)).isEqualTo(before);
    }

    @Test
    void rejectKeepsTheNoteAndRefusesWithoutOne() throws IOException {
        Http.Response page = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        Map<String, String> form = Map.of("token", page.field("token"), "hash", page.field("hash"), "note", " ");

        assertThat(http.post("/drafts/clean00001/reject", form).body()).contains("Not rejected: say why in the Note");
        Http.Response done = http.post(
                "/drafts/clean00001/reject",
                Map.of("token", page.field("token"), "hash", page.field("hash"), "note", "Cite RFC 1912 too"));

        assertThat(done.status()).isEqualTo(303);
        assertThat(file(TestDrafts.CLEAN_FILE)).contains("status: rejected").contains("note: Cite RFC 1912 too");
    }

    @Test
    void twoTabsApprovingTheSameDraftOneWinsTheOtherSeesTheNewState() throws IOException {
        Http.Response first = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        Http.Response second = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        Map<String, String> form = Map.of("token", first.field("token"), "hash", first.field("hash"));

        assertThat(http.post("/drafts/clean00001/approve", form).status()).isEqualTo(303);
        Http.Response late = http.post(
                "/drafts/clean00001/approve", Map.of("token", second.field("token"), "hash", second.field("hash")));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body())
                .contains("this draft changed since you opened it")
                .contains("it is now approved (by Ada Reviewer)")
                .contains("<span class=\"status approved\" id=\"status\">approved</span>");
    }

    @Test
    void saveLintsTheNewTextAtOnce() throws IOException {
        Http.Response edit = http.get("/drafts/" + TestDrafts.BROKEN_ID + "/edit");
        assertThat(edit.body())
                .contains("<label for=\"markdown\">Markdown</label>")
                .contains("As an AI language model");
        String fixed = TestDrafts.BROKEN.replace("As an AI language model, I think MX", "MX");

        Http.Response saved = http.post(
                "/drafts/broken0001/save",
                Map.of(
                        "token",
                        edit.field("token"),
                        "hash",
                        edit.field("hash"),
                        "markdown",
                        fixed.replace("\n", "\r\n")));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(file(TestDrafts.BROKEN_FILE)).isEqualTo(fixed);
        assertThat(http.get("/drafts/broken0001").body())
                .doesNotContain("boilerplate")
                .contains("citation-exists");
    }

    @Test
    void aSaveOfADraftChangedOnDiskSinceItWasOpenedIsRefusedAndOverwritesNothing() throws IOException {
        Http.Response edit = http.get("/drafts/" + TestDrafts.BROKEN_ID + "/edit");
        String elsewhere = TestDrafts.BROKEN.replace("title: MX", "title: MX records, changed in an editor");
        Files.writeString(drafts.resolve(TestDrafts.BROKEN_FILE), elsewhere);

        Http.Response refused = http.post(
                "/drafts/broken0001/save",
                Map.of(
                        "token",
                        edit.field("token"),
                        "hash",
                        edit.field("hash"),
                        "markdown",
                        "---\ntitle: mine\n---\n"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Not saved: the draft changed on disk since you opened it")
                .contains("title: mine"); // what was typed is kept on the page
        assertThat(file(TestDrafts.BROKEN_FILE)).isEqualTo(elsewhere);
    }

    @Test
    void aSaveThatDoesNotParseIsRefusedWithTheParsersLineAndKeepsTheFile() throws IOException {
        Http.Response edit = http.get("/drafts/" + TestDrafts.BROKEN_ID + "/edit");
        String before = file(TestDrafts.BROKEN_FILE);

        Http.Response refused = http.post(
                "/drafts/broken0001/save",
                Map.of(
                        "token", edit.field("token"),
                        "hash", edit.field("hash"),
                        "markdown", "---\nid: broken0001\ntitle: [unclosed\n---\n\nText.\n"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Not saved, the file as it was is kept: line 4:")
                .contains("not valid YAML");
        assertThat(file(TestDrafts.BROKEN_FILE)).isEqualTo(before);
    }

    @Test
    void aDraftDeletedWhileTheServerRunsDropsOutOfTheQueue() throws IOException {
        assertThat(http.get("/").body()).contains("What is an MX record?");

        Files.delete(drafts.resolve(TestDrafts.BROKEN_FILE));

        assertThat(http.get("/").body()).doesNotContain("What is an MX record?").contains("2 of 2");
        assertThat(http.get("/drafts/broken0001").status()).isEqualTo(404);
    }

    @Test
    void approveAllCleanApprovesOnlyTheCleanDraftsOfTheFilter() throws IOException {
        Http.Response queue = http.get("/?category=DNS");

        Http.Response done = http.post("/approve-clean", Map.of("token", queue.field("token"), "category", "DNS"));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/?category=DNS&msg=clean&n=1");
        assertThat(file(TestDrafts.CLEAN_FILE)).contains("status: approved");
        assertThat(file(TestDrafts.BROKEN_FILE)).doesNotContain("status: approved");
        assertThat(http.get("/?category=DNS&msg=clean&n=1").body()).contains("Approved 1 clean draft.");
    }

    @Test
    void aPublishedDraftEditedSinceItWentLiveIsEditedAndCanBeApprovedAgain() throws IOException {
        server.close();
        Files.writeString(
                drafts.resolve(TestDrafts.CLEAN_FILE),
                TestDrafts.CLEAN_CHECKED.replace("words: 100", "words: 100\nstatus: published"));
        server = ReviewServer.start(new ServerSettings(
                new dev.seogen.core.draft.DraftStore(drafts),
                TestDrafts.site(folder),
                TestDrafts.CLOCK,
                "Ada Reviewer",
                0,
                () -> Map.of(TestDrafts.CLEAN_ID, "sha256:what-went-live")));
        http = new Http(server.port());

        assertThat(http.get("/?status=edited").body())
                .contains("What is a CNAME record in DNS?")
                .contains("1 of 3");
        Http.Response page = http.get("/drafts/" + TestDrafts.CLEAN_ID);
        assertThat(page.body()).contains("<span class=\"status edited\" id=\"status\">edited</span>");

        Http.Response approved = http.post(
                "/drafts/" + TestDrafts.CLEAN_ID + "/approve",
                Map.of("token", page.field("token"), "hash", page.field("hash")));

        assertThat(approved.status()).isEqualTo(303);
        assertThat(file(TestDrafts.CLEAN_FILE)).contains("status: approved");
    }
}
