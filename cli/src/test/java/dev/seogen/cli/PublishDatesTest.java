package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's dates across approve, reject, edit and publish; and what stays at the address of a page taken down. */
class PublishDatesTest {
    private static final String PAGE = "site/dns/what-is-a-cname-record-in-dns/index.html";

    @TempDir
    Path project;

    private Path draft;

    @BeforeEach
    void writeADraft() throws IOException {
        draft = Files.createDirectories(project.resolve("drafts/dns")).resolve("what-is-a-cname-record-in-dns.md");
        Files.writeString(draft, Fixtures.CLEAN);
    }

    private static Instant day(int n) {
        return CommandRun.NOW.plus(Duration.ofDays(n));
    }

    private CommandRun at(int day, String... args) {
        CommandRun run = CommandRun.seogenAt(day(day), project, Map.of(), args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    private CommandRun publishAt(int day) {
        return at(day, "publish", "--site-url", "https://example.com/");
    }

    private String page() throws IOException {
        return Files.readString(project.resolve(PAGE));
    }

    @Test
    void datePublishedIsTheFirstDayLiveAndNeverMovesAndDateModifiedIsNeverEarlier() throws IOException {
        at(0, "review", "approve", "clean00001", "--force");
        publishAt(1);
        assertThat(page()).contains("\"datePublished\":\"" + day(1) + "\"", "\"dateModified\":\"" + day(1) + "\"");
        assertThat(page()).doesNotContain("Updated");

        at(2, "review", "reject", "clean00001", "--note", "check the facts");
        at(3, "review", "approve", "clean00001", "--force");
        publishAt(4);
        assertThat(page()).contains("\"datePublished\":\"" + day(1) + "\"", "\"dateModified\":\"" + day(1) + "\"");

        Files.writeString(draft, Files.readString(draft).replace("This article shows how it works.", "Here is how."));
        publishAt(6); // a published draft edited by hand stays published
        assertThat(page()).contains("\"datePublished\":\"" + day(1) + "\"", "\"dateModified\":\"" + day(6) + "\"");
        assertThat(page()).contains("Updated <time datetime=\"2026-12-02\">");
        String feed = Files.readString(project.resolve("site/feed.xml"));
        assertThat(feed).contains("<published>" + day(1) + "</published>", "<updated>" + day(6) + "</updated>");
        assertThat(Files.readString(project.resolve("site/sitemap.xml"))).contains("<lastmod>2026-12-02</lastmod>");
    }

    @Test
    void oneDamagedRecordCostsOnlyItsOwnDatesAndADamagedFileIsKeptAside() throws IOException {
        at(0, "review", "approve", "clean00001", "--force");
        publishAt(1);
        Path record = project.resolve(".seogen/published.json");
        String good = Files.readString(record);
        // A second entry whose date was edited into nonsense by hand: the real one keeps its dates.
        Files.writeString(
                record, good.replaceFirst("\\{", "{\"other00001\":{\"hash\":\"x\",\"modified\":\"yesterday\"},"));
        CommandRun run = publishAt(5);
        assertThat(run.out()).contains("the record of draft other00001 is unreadable");
        assertThat(page()).contains("\"datePublished\":\"" + day(1) + "\"");

        Files.writeString(record, good.substring(0, good.length() - 3)); // cut short
        run = publishAt(6);
        assertThat(run.out()).contains("published.json is damaged", "kept as " + record + ".damaged");
        assertThat(project.resolve(".seogen/published.json.damaged")).exists();
    }

    @Test
    void aLiveArticleTakenDownLeavesAWithdrawnPageAndA410() throws Exception {
        at(0, "review", "approve", "clean00001", "--force");
        publishAt(1);

        at(2, "review", "reject", "clean00001", "--note", "outdated");
        CommandRun run = publishAt(2);

        assertThat(run.out()).contains("taken down: /dns/what-is-a-cname-record-in-dns/");
        assertThat(page())
                .contains("<meta name=\"robots\" content=\"noindex, follow\">")
                .contains("no longer published")
                .contains("<a href=\"/dns/\">DNS</a>")
                .doesNotContain("rel=\"canonical\"");
        assertThat(project.resolve("site/_redirects"))
                .content()
                .contains("/dns/what-is-a-cname-record-in-dns/ /dns/what-is-a-cname-record-in-dns/index.html 410!");
        assertThat(Files.readString(project.resolve("site/sitemap.xml"))).doesNotContain("what-is-a-cname");
        assertThat(SiteChecks.htmlErrors(project.resolve("site"))).isEmpty();

        at(3, "review", "approve", "clean00001", "--force");
        publishAt(3);
        assertThat(page()).contains("<h1>What is a CNAME record in DNS?</h1>").doesNotContain("noindex");
        assertThat(project.resolve("site/_redirects")).doesNotExist();
    }

    @Test
    void aDeletedDraftsPageIsWithdrawnToo() throws IOException {
        at(0, "review", "approve", "clean00001", "--force");
        publishAt(1);
        Files.writeString(
                project.resolve("drafts/dns/other.md"),
                "---\ntitle: Other\ncategory: DNS\nstatus: approved\n---\n\nText.\n");
        Files.delete(draft);

        CommandRun run = publishAt(2);

        assertThat(run.out()).contains("taken down: /dns/what-is-a-cname-record-in-dns/");
        assertThat(page()).contains("no longer published");
    }

    @Test
    void anArticleTakenDownWhoseAddressAnotherNowHoldsLeavesNoWithdrawnPageAndSaysSo() throws IOException {
        at(0, "review", "approve", "clean00001", "--force");
        publishAt(1);
        Files.writeString(draft, Files.readString(draft).replace("id: clean00001", "id: clean00002"));

        CommandRun run = publishAt(2);

        assertThat(run.out())
                .contains("taken down: /dns/what-is-a-cname-record-in-dns/")
                .contains("another live article has its address now")
                .doesNotContain("a withdrawn page stays");
        assertThat(page()).doesNotContain("no longer published");
        assertThat(project.resolve("site/_redirects")).doesNotExist();
    }

    @Test
    void aNewSlugLeavesA301FromTheOldAddress() throws IOException {
        at(0, "review", "approve", "clean00001", "--force");
        publishAt(1);
        Files.writeString(
                draft.resolveSibling("cname-records.md"),
                Files.readString(draft).replace("slug: what-is-a-cname-record-in-dns", "slug: cname-records"));
        Files.delete(draft);

        CommandRun run = publishAt(2);

        assertThat(run.out()).contains("moved: /dns/what-is-a-cname-record-in-dns/ is now /dns/cname-records/");
        assertThat(project.resolve("site/dns/cname-records/index.html")).exists();
        assertThat(page()).contains("has moved", "href=\"/dns/cname-records/\"");
        assertThat(project.resolve("site/_redirects"))
                .content()
                .contains("/dns/what-is-a-cname-record-in-dns/ /dns/cname-records/ 301!");
        assertThat(Files.readString(project.resolve("site/dns/cname-records/index.html")))
                .contains("\"datePublished\":\"" + day(1) + "\"");
    }
}
