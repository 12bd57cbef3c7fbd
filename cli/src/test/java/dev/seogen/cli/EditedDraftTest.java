package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published draft edited afterwards: status edited, and held back by publish --require-review until approved. */
class EditedDraftTest {
    private static final String PAGE = "site/dns/what-is-a-cname-record-in-dns/index.html";
    private static final String OLD = "Use an A record there.";
    private static final String NEW = "Use an A or AAAA record there.";

    @TempDir
    Path project;

    private Path draft;

    @BeforeEach
    void publishOne() throws IOException {
        draft = Files.createDirectories(project.resolve("drafts/dns")).resolve("what-is-a-cname-record-in-dns.md");
        Files.writeString(draft, Fixtures.CLEAN);
        assertThat(CommandRun.seogen(project, "review", "approve", "clean00001").exitCode())
                .isZero();
        assertThat(publish("--require-review").exitCode()).isZero();
        assertThat(Files.readString(draft)).contains("status: published");
        Files.writeString(draft, Files.readString(draft).replace(OLD, NEW));
    }

    private CommandRun publish(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "publish";
        args[1] = "--site-url";
        args[2] = "https://example.com/";
        System.arraycopy(more, 0, args, 3, more.length);
        return CommandRun.seogen(project, args);
    }

    @Test
    void aPublishedDraftEditedSinceIsListedAsEdited() {
        assertThat(CommandRun.seogen(project, "review", "list").out()).containsPattern("clean00001 +DNS +edited ");
        assertThat(CommandRun.seogen(project, "review", "list", "--status", "edited")
                        .out())
                .contains("clean00001")
                .contains("1 draft");
        assertThat(CommandRun.seogen(project, "review", "list", "--status", "published")
                        .out())
                .contains("1 draft");
    }

    @Test
    void requireReviewKeepsThePublishedPageUntilTheEditIsApproved() throws IOException {
        CommandRun held = publish("--require-review");

        assertThat(held.exitCode()).isZero();
        assertThat(held.err()).contains("held back: clean00001");
        assertThat(Files.readString(project.resolve(PAGE))).contains(OLD).doesNotContain(NEW);

        CommandRun approved = CommandRun.seogen(project, "review", "approve", "clean00001");
        assertThat(approved.exitCode()).isZero();
        assertThat(publish("--require-review").exitCode()).isZero();

        assertThat(Files.readString(project.resolve(PAGE))).contains(NEW);
        assertThat(CommandRun.seogen(project, "review", "list").out()).containsPattern("clean00001 +DNS +published ");
    }

    @Test
    void withoutRequireReviewAnEditGoesLiveAtTheNextPublish() throws IOException {
        assertThat(publish().exitCode()).isZero();

        assertThat(Files.readString(project.resolve(PAGE))).contains(NEW);
    }
}
