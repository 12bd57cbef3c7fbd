package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeogenCommandTest {
    @TempDir
    Path folder;

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CommandRun run = CommandRun.seogen(folder, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("generate", "review", "publish", "demo", "Exit codes:", "SEOGEN_");
    }

    @Test
    void versionNamesTheRelease() {
        CommandRun run = CommandRun.seogen(folder, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("seogen ");
    }

    @Test
    void noCommandIsAUsageError() {
        CommandRun run = CommandRun.seogen(folder);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command", "Run 'seogen --help' for the commands.");
    }

    @Test
    void helpIsACommandToo() {
        CommandRun all = CommandRun.seogen(folder, "help");
        CommandRun publish = CommandRun.seogen(folder, "help", "publish");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("generate", "review", "publish", "demo");
        assertThat(publish.exitCode()).isZero();
        assertThat(publish.out()).contains("--site-url", "--clean");
    }

    @Test
    void aMissingRequiredOptionIsTwoLinesLikeEveryOtherError() {
        CommandRun run = CommandRun.seogen(folder, "generate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        "seogen generate: Missing required option: '--topics=FILE'",
                        "Run 'seogen generate --help' for its options.");
    }

    @Test
    void aFileWhereAFolderBelongsIsNamed() throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("out.txt"), "x");
        java.nio.file.Files.writeString(
                folder.resolve("topics.yaml"), "topics:\n  - category: DNS\n    question: What is DNS?\n");

        CommandRun demo = CommandRun.seogen(folder, "demo", "--out", "out.txt");
        CommandRun dryRun =
                CommandRun.seogen(folder, "generate", "--topics", "topics.yaml", "--dry-run", "--drafts", "out.txt");

        assertThat(demo.exitCode()).isEqualTo(2);
        assertThat(demo.err()).contains("out.txt: is a file, not a folder");
        assertThat(dryRun.exitCode()).isEqualTo(2);
        assertThat(dryRun.err()).contains("out.txt: is a file, not a folder");
    }

    @ParameterizedTest
    @CsvSource({
        "https://user:pw@example.com/, a user name or password",
        "https://example.com/?utm=1, a query ('?utm=1')",
        "https://example.com/#top, a fragment ('#top')"
    })
    void aSiteAddressWithCredentialsAQueryOrAFragmentIsRefused(String url, String part) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder.resolve("drafts"));

        CommandRun run = CommandRun.seogen(folder, "publish", "--site-url", url);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the site address (--site-url) must not have " + part);
        assertThat(folder.resolve("site")).doesNotExist();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.seogen(folder, "generate", "--topics", "t.yaml", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @ParameterizedTest
    @CsvSource({
        "publish, --site",
        "publish, --site-url",
        "publish, --include-drafts",
        "publish, --theme",
        "demo, --out",
        "review list, --status",
        "review list, --format",
        "review show, ID",
        "review lint, --format",
        "review approve, --all-clean",
        "review reject, --note",
        "review report, --out",
    })
    void everyCommandListsItsOptions(String command, String option) {
        String[] args = (command + " --help").split(" ");

        CommandRun run = CommandRun.seogen(folder, args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(option);
    }
}
