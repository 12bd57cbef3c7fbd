package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written drafts made to break things: every page, the feed and the terminal stay sound. */
class HostileDraftTest {
    @TempDir
    Path project;

    @Test
    void controlCharactersInADraftNeitherBreakTheFeedAndPagesNorReachTheTerminal() throws Exception {
        Path dns = Files.createDirectories(project.resolve("drafts/dns"));
        Files.writeString(
                dns.resolve("what-is-a-cname-record-in-dns.md"),
                Fixtures.CLEAN
                        .replace(
                                "title: What Is a CNAME Record in DNS and When to Use It",
                                "title: \"What Is a CNAME\\x01 Record \\e[2J\\e]0;owned\\a in DNS\\x85\"")
                        .replace(
                                "makes one name an alias of another name.",
                                "makes one\u0002 name an alias\u001b[31m."));
        CommandRun approve = CommandRun.seogen(project, "review", "approve", "clean00001", "--force");
        assertThat(approve.exitCode()).as(approve.err()).isZero();

        CommandRun publish = CommandRun.seogen(project, "publish", "--site-url", "https://example.com/");

        assertThat(publish.exitCode()).as(publish.err()).isZero();
        Path site = project.resolve("site");
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(site.resolve("feed.xml").toFile());
        assertThat(SiteChecks.htmlErrors(site)).isEmpty();
        assertThat(Files.readString(site.resolve("dns/what-is-a-cname-record-in-dns/index.html")))
                .contains("What Is a CNAME Record [2J]0;owned in DNS")
                .doesNotContain("\u001b", "\u0001", "\u0002", "\u0085", "\u0007");
        for (String[] command : new String[][] {{"review", "list"}, {"review", "show", "clean00001"}}) {
            CommandRun run = CommandRun.seogen(project, command);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("CNAME").doesNotContain("\u001b", "\u0001", "\u0007", "\u0085");
        }
    }

    @Test
    void aTopicListWithControlCharactersIsRefusedByLineWithoutEchoingThem() throws Exception {
        Files.writeString(
                project.resolve("topics.yaml"),
                "topics:\n  - category: \"DNS\\e]0;owned\\a\"\n    question: \"What is a CNAME\\e[2J record?\"\n");

        CommandRun run = CommandRun.seogen(project, "generate", "--topics", "topics.yaml", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("topics.yaml:3: question: contains a control character (U+001B)")
                .doesNotContain("\u001b", "\u0007");
    }
}
