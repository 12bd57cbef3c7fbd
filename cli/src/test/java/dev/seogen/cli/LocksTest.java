package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.storage.FolderLock;
import dev.seogen.core.topic.Shard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two seogens on one project: a review waits for a publish and is not lost; a second batch is refused. */
class LocksTest {
    @TempDir
    Path project;

    private Path drafts;

    @BeforeEach
    void writeADraft() throws Exception {
        drafts = project.resolve("drafts");
        Files.createDirectories(drafts.resolve("dns"));
        Files.writeString(drafts.resolve("dns/what-is-a-cname-record-in-dns.md"), Fixtures.CLEAN);
    }

    @Test
    void aRejectDuringAPublishWaitsForItAndIsKept() throws Exception {
        CommandRun approve = CommandRun.seogen(project, "review", "approve", "clean00001", "--force");
        assertThat(approve.exitCode()).isZero();
        FolderLock publishing = Locks.drafts(drafts, "publish", new PrintWriter(new StringWriter()));
        CompletableFuture<CommandRun> reject = CompletableFuture.supplyAsync(
                () -> CommandRun.seogen(project, "review", "reject", "clean00001", "--note", "outdated"));
        Thread.sleep(500);
        assertThat(reject).isNotDone();
        publishing.close();

        CommandRun run = reject.get();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("waiting for another seogen to finish", "seogen publish");
        assertThat(new DraftStore(drafts)
                        .read(drafts.resolve("dns/what-is-a-cname-record-in-dns.md"))
                        .review())
                .satisfies(review -> {
                    assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
                    assertThat(review.note()).isEqualTo("outdated");
                });
    }

    @Test
    void aSecondGenerateOnTheSameDraftsIsRefusedSayingWhoHoldsThem() throws Exception {
        Files.writeString(project.resolve("topics.yaml"), "topics:\n  - category: DNS\n    question: What is DNS?\n");
        try (FolderLock first = Locks.generate(drafts, Shard.ALL, new PrintWriter(new StringWriter()))) {
            CommandRun run = CommandRun.seogen(
                    project,
                    java.util.Map.of("SEOGEN_LLM_API_KEY", "sk-test"),
                    "generate",
                    "--topics",
                    "topics.yaml",
                    "--base-url",
                    "http://127.0.0.1:9/v1",
                    "--model",
                    "m");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("another seogen holds", "seogen generate");
        }
    }

    @Test
    void aWholeBatchAndAShardOfItExcludeEachOther() throws Exception {
        Files.createDirectories(drafts);
        PrintWriter quiet = new PrintWriter(new StringWriter());
        try (FolderLock whole = Locks.generate(drafts, Shard.ALL, quiet)) {
            assertThatThrownBy(() -> Locks.generate(drafts, Shard.parse("0/2"), quiet))
                    .isInstanceOf(FolderLock.Busy.class)
                    .hasMessageContaining("seogen generate");
        }
        try (FolderLock shard = Locks.generate(drafts, Shard.parse("1/2"), quiet)) {
            assertThatThrownBy(() -> Locks.generate(drafts, Shard.ALL, quiet))
                    .isInstanceOf(FolderLock.Busy.class)
                    .hasMessageContaining(".seogen-generate-1-2.lock");
            Locks.generate(drafts, Shard.parse("0/2"), quiet).close(); // two shards run side by side
        }
        Locks.generate(drafts, Shard.ALL, quiet).close(); // free again once both are done
    }

    @Test
    void publishRemovesWhatAKilledRunLeftBehind() throws Exception {
        CommandRun approve = CommandRun.seogen(project, "review", "approve", "clean00001", "--force");
        assertThat(approve.exitCode()).isZero();
        Path staging = Files.createDirectories(project.resolve("site.seogen-new-1234/dns"));
        Files.writeString(staging.resolve("page.html"), "half a site");
        Path temp = Files.writeString(drafts.resolve("dns/" + AtomicFile.TEMP_PREFIX + "9.tmp"), "half a draft");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path record = Files.writeString(
                Files.createDirectories(project.resolve(".seogen/publish")).resolve(AtomicFile.TEMP_PREFIX + "7.tmp"),
                "half a record");
        Files.setLastModifiedTime(record, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        CommandRun run = CommandRun.seogen(project, "publish", "--site-url", "https://example.com/");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.resolve("site.seogen-new-1234")).doesNotExist();
        assertThat(temp).doesNotExist();
        assertThat(record).doesNotExist();
        assertThat(project.resolve("site/index.html")).exists();
    }
}
