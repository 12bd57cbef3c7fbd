package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seogen publish}'s in-text links: made, reported in the output and in .seogen/publish/links.tsv, turned off. */
class PublishAutoLinksTest {
    private static final String LINK = "<a href=\"/guides/dns/what-is-a-cname-record-in-dns/\">CNAME record</a>";

    @TempDir
    Path folder;

    @BeforeEach
    void writeAndApproveDrafts() throws IOException {
        Path dns = Files.createDirectories(folder.resolve("drafts/dns"));
        Files.writeString(
                dns.resolve("what-is-a-cname-record-in-dns.md"),
                Fixtures.CLEAN.replace("category: DNS\n", "category: DNS\nkeywords: [CNAME record]\n"));
        Path smtp = Files.createDirectories(folder.resolve("drafts/smtp"));
        Files.writeString(
                smtp.resolve("what-is-spf.md"),
                Fixtures.CLEAN
                        .replace("id: clean00001", "id: spf0000001")
                        .replace("question: What is a CNAME record in DNS?", "question: What is SPF?")
                        .replace("category: DNS\n", "category: SMTP\nkeywords: [SPF]\n"));
        for (String id : List.of("clean00001", "spf0000001")) {
            CommandRun approve = CommandRun.seogen(folder, "review", "approve", id, "--force");
            assertThat(approve.exitCode()).as(approve.err()).isZero();
        }
    }

    private CommandRun publish(String... extra) {
        List<String> args = new ArrayList<>(List.of("publish", "--site-url", "https://example.com/guides"));
        args.addAll(List.of(extra));
        return CommandRun.seogen(folder, Map.of(), args.toArray(String[]::new));
    }

    @Test
    void linksAreMadeSaidAndListed() throws IOException {
        CommandRun run = publish();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("site/smtp/what-is-spf/index.html")).content().contains(LINK);
        Path report = folder.resolve(".seogen/publish/links.tsv");
        assertThat(run.out()).contains("In-text links: 1 link in 1 article, each listed in " + report);
        assertThat(report)
                .content()
                .contains("smtp/what-is-spf\tCNAME record\tdns/what-is-a-cname-record-in-dns\n")
                .doesNotContain("dns/what-is-a-cname-record-in-dns\tCNAME record"); // never to itself
    }

    @Test
    void noAutoLinksTurnsThemOff() throws IOException {
        publish();

        CommandRun run = publish("--no-auto-links");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("In-text links: none (--no-auto-links).");
        assertThat(folder.resolve("site/smtp/what-is-spf/index.html")).content().doesNotContain(LINK);
    }

    @Test
    void aDraftWithAutoLinksFalseGetsNone() throws IOException {
        Path spf = folder.resolve("drafts/smtp/what-is-spf.md");
        String approved = Files.readString(spf);
        assertThat(approved).contains("status: approved\n");
        Files.writeString(spf, approved.replace("status: approved\n", "status: approved\nauto_links: false\n"));

        CommandRun run = publish();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("site/smtp/what-is-spf/index.html")).content().doesNotContain(LINK);
        assertThat(run.out()).contains("In-text links: 0 links in 0 articles");
        assertThat(spf).content().contains("auto_links: false\n");
    }
}
