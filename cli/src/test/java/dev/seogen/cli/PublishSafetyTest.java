package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publish never destroys what seogen did not make: folders it refuses, files it leaves, files it removes. */
class PublishSafetyTest {
    @TempDir
    Path project;

    @BeforeEach
    void writeAProject() throws IOException {
        Path dns = Files.createDirectories(project.resolve("drafts/dns"));
        Files.writeString(dns.resolve("what-is-a-cname-record-in-dns.md"), Fixtures.CLEAN);
        Files.writeString(project.resolve("topics.yaml"), "topics:\n  - category: DNS\n    question: What is DNS?\n");
        Files.writeString(project.resolve("notes.txt"), "my notes");
        CommandRun approve = CommandRun.seogen(project, "review", "approve", "clean00001", "--force");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
    }

    private CommandRun publish(Path workingDirectory, String... extra) {
        List<String> args = new ArrayList<>(List.of("publish", "--site-url", "https://example.com/"));
        args.addAll(List.of(extra));
        return CommandRun.seogen(
                workingDirectory, Map.of("HOME", project.resolve("home").toString()), args.toArray(String[]::new));
    }

    /** Every file under the project with its content, to show that a refused publish changed nothing. */
    private Map<String, String> everything() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void refusesTheProjectFolderTheDraftsFolderAndWhatLiesInsideOrAboveThem() throws IOException {
        Files.createDirectories(project.resolve("home"));
        Map<String, String> before = everything();
        for (String site :
                List.of(".", "drafts", "drafts/dns", "drafts/site", "..", "/", ".seogen", ".seogen/site", "home")) {
            CommandRun run = publish(project, "--site", site);

            assertThat(run.exitCode()).as(site + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(site).contains("the site folder ").contains("Nothing was published");
            assertThat(everything()).as(site).isEqualTo(before);
        }
    }

    @Test
    void refusesASiteFolderThatReachesTheDraftsThroughASymbolicLink() throws IOException {
        Files.createSymbolicLink(project.resolve("out"), project.resolve("drafts"));
        Map<String, String> before = everything();

        CommandRun run = publish(project, "--site", "out");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the drafts folder");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aFirstPublishIntoAFolderWithFilesKeepsThemAndSaysSo() throws IOException {
        Path site = Files.createDirectories(project.resolve("public"));
        Files.writeString(site.resolve("CNAME"), "example.com");
        Files.writeString(site.resolve("keep.html"), "mine");

        CommandRun run = publish(project, "--site", "public");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.resolve("CNAME")).content().isEqualTo("example.com");
        assertThat(site.resolve("keep.html")).content().isEqualTo("mine");
        assertThat(run.out())
                .contains("2 files in the site folder that seogen did not write stay as they are: CNAME and keep.html");

        CommandRun full = publish(project, "--site", "public", "--full");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(site.resolve("keep.html")).content().isEqualTo("mine");
    }

    @Test
    void aFileAtOneOfTheSitesOwnPathsThatSeogenDidNotWriteIsNeverReplacedUnlessAsked() throws IOException {
        Path site = Files.createDirectories(project.resolve("public"));
        Files.writeString(site.resolve("index.html"), "my own home page");
        Files.writeString(site.resolve("robots.txt"), "User-agent: *\nDisallow: /private/\n");
        String draft = Files.readString(project.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"));

        CommandRun refused = publish(project, "--site", "public");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err())
                .contains("publishing would replace 2 files in " + site.toRealPath())
                .contains("index.html, robots.txt")
                .contains("Nothing was published", "--overwrite");
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files).hasSize(2);
        }
        assertThat(site.resolve("index.html")).content().isEqualTo("my own home page");
        assertThat(project.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"))
                .content()
                .as("still approved, not marked published")
                .isEqualTo(draft);
        assertThat(project.resolve(".seogen/published.json"))
                .as("no first-live date kept")
                .doesNotExist();

        CommandRun overwrite = publish(project, "--site", "public", "--overwrite");
        assertThat(overwrite.exitCode()).as(overwrite.err()).isZero();
        assertThat(site.resolve("index.html")).content().contains("<!DOCTYPE html>");

        // Once seogen wrote them, it may rewrite them: no flag needed.
        assertThat(publish(project, "--site", "public", "--full").exitCode()).isZero();
    }

    @Test
    void aRecordOfDatesThatCannotBeWrittenStopsThePublishBeforeAnyPageGoesLive() throws IOException {
        // published.json is written while the pages are rendered, and must be on disk before any goes live
        Path record = Files.createDirectories(project.resolve(".seogen/published.json"));
        Files.writeString(record.resolve("in-the-way"), "not seogen's");
        String draft = Files.readString(project.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"));

        CommandRun run = publish(project, "--site", "public");

        assertThat(run.exitCode()).as(run.out()).isNotZero();
        assertThat(run.err()).contains("cannot write " + record);
        assertThat(project.resolve("public")).as("no page went live").doesNotExist();
        assertThat(project.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"))
                .content()
                .as("still approved, not marked published")
                .isEqualTo(draft);
        assertThat(record.resolve("in-the-way")).content().isEqualTo("not seogen's");
    }

    @Test
    void cleanOnAnIncrementalPublishStillFindsWhatSeogenDidNotWrite() throws IOException {
        assertThat(publish(project, "--site", "public").exitCode()).isZero();
        Path stray = project.resolve("public/stray.html");
        Files.writeString(stray, "left by another tool");

        CommandRun run = publish(project, "--site", "public", "--clean");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("removing ").contains("stray.html (not written by seogen; --clean)");
        assertThat(stray).doesNotExist();
    }

    @Test
    void cleanNamesEachFileItRemovesThatSeogenDidNotWrite() throws IOException {
        Path site = Files.createDirectories(project.resolve("public"));
        Files.writeString(site.resolve("old.html"), "from another tool");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref");

        CommandRun run = publish(project, "--site", "public", "--clean");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("removing " + site.resolve("old.html") + " (not written by seogen; --clean)");
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(site.resolve(".git/HEAD")).exists();
        assertThat(site.resolve("index.html")).exists();
    }

    @Test
    void theStateFolderLivesBesideTheProjectWhateverTheCurrentFolder() throws IOException {
        Path elsewhere = Files.createDirectories(project.resolve("home/elsewhere"));

        CommandRun run = publish(
                elsewhere,
                "--drafts",
                project.resolve("drafts").toString(),
                "--site",
                project.resolve("site").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.resolve(".seogen/publish")).isDirectory();
        assertThat(elsewhere.resolve(".seogen")).doesNotExist();
    }

    @Test
    void baseUrlStillNamesTheSiteAddressOnPublishWithANote() {
        CommandRun run = CommandRun.seogen(project, "publish", "--base-url", "https://example.org/");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("--base-url is now --site-url");
        assertThat(project.resolve("site/index.html")).content().contains("https://example.org/");
    }
}
