package dev.seogen.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondTakerIsToldWhoHoldsTheLock() {
        Path file = folder.resolve(".seogen-lock");
        try (FolderLock held = FolderLock.take(file, "publish", Duration.ZERO, line -> {})) {
            assertThatThrownBy(() -> FolderLock.take(file, "review reject", Duration.ZERO, line -> {}))
                    .isInstanceOf(FolderLock.Busy.class)
                    .hasMessageContaining("another seogen holds " + file)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("seogen publish");
        }
        try (FolderLock again = FolderLock.take(file, "review reject", Duration.ZERO, line -> {})) {
            assertThat(file).content().contains("seogen review reject");
        }
    }

    @Test
    void aWaitingTakerGetsTheLockWhenItIsFreedAndIsToldOnce() throws Exception {
        Path file = folder.resolve(".seogen-lock");
        FolderLock held = FolderLock.take(file, "publish", Duration.ZERO, line -> {});
        List<String> told = new ArrayList<>();
        CompletableFuture<FolderLock> waiting = CompletableFuture.supplyAsync(
                () -> FolderLock.take(file, "review reject", Duration.ofMinutes(1), told::add));
        Thread.sleep(400);
        assertThat(waiting).isNotDone();
        held.close();

        waiting.get().close();
        assertThat(told).hasSize(1).first().asString().contains("waiting for another seogen to finish");
    }

    @Test
    void temporaryFilesOfAKilledRunGoWhenTheyAreOld() throws Exception {
        Path category = Files.createDirectories(folder.resolve("dns"));
        Path old = Files.writeString(category.resolve(AtomicFile.TEMP_PREFIX + "1.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(category.resolve(AtomicFile.TEMP_PREFIX + "2.tmp"), "being written");
        Path draft = Files.writeString(category.resolve("a.md"), "a draft");
        Files.setLastModifiedTime(draft, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertThat(AtomicFile.removeLeftovers(folder, 2)).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(draft).exists();
    }
}
