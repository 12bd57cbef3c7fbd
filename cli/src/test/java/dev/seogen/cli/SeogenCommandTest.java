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
        assertThat(run.err()).contains("Missing command", "Usage: seogen");
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
        "publish, --base-url",
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
