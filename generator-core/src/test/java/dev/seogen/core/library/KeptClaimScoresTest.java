package dev.seogen.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptClaimScoresTest {
    @TempDir
    Path folder;

    /** Scores a sentence by its length against the passages' (a stand-in for the embeddings), counting calls. */
    private static final class Counting implements ClaimSupport {
        final AtomicInteger calls = new AtomicInteger();
        private final String measure;

        Counting(String measure) {
            this.measure = measure;
        }

        @Override
        public double support(String sentence, List<String> passages) {
            calls.incrementAndGet();
            int longest = passages.stream().mapToInt(String::length).max().orElse(0);
            return longest == 0 ? 0 : Math.min(1.0, (double) sentence.length() / longest);
        }

        @Override
        public double threshold() {
            return 0.5;
        }

        @Override
        public String measure() {
            return measure;
        }
    }

    private Path file() {
        return folder.resolve("lint/claim-scores");
    }

    @Test
    void aScoreIsMadeOnceAndKeptForTheNextRun() {
        Counting scorer = new Counting("length");
        KeptClaimScores first = KeptClaimScores.open(scorer, file());
        double score = first.support("DNS caches answers.", List.of("Resolvers cache answers for the TTL."));
        assertThat(first.support("DNS caches answers.", List.of("Resolvers cache answers for the TTL.")))
                .isEqualTo(score);
        assertThat(scorer.calls).hasValue(1);
        first.save();

        Counting again = new Counting("length");
        KeptClaimScores second = KeptClaimScores.open(again, file());
        assertThat(second.support("DNS caches answers.", List.of("Resolvers cache answers for the TTL.")))
                .isEqualTo(score);
        assertThat(again.calls).as("read from the file, not scored again").hasValue(0);
        assertThat(second.threshold()).isEqualTo(0.5);
        assertThat(second.measure()).isEqualTo("length");
    }

    @Test
    void aChangedSentenceOrPassageIsScoredAnew() {
        Counting scorer = new Counting("length");
        KeptClaimScores scores = KeptClaimScores.open(scorer, file());
        scores.support("A claim.", List.of("A passage."));
        scores.support("A claim!", List.of("A passage."));
        scores.support("A claim.", List.of("A passage!"));
        scores.support("A claim.", List.of("A passage.", "Another."));
        scores.support("A claim.A passage.", List.of()); // the texts' bounds count, not only their letters
        assertThat(scorer.calls).hasValue(5);
    }

    @Test
    void scoresOfAnotherMeasureOrADamagedFileAreNotTrusted() throws IOException {
        KeptClaimScores first = KeptClaimScores.open(new Counting("length"), file());
        first.support("A claim.", List.of("A passage."));
        first.save();

        Counting other = new Counting("another measure");
        KeptClaimScores.open(other, file()).support("A claim.", List.of("A passage."));
        assertThat(other.calls).hasValue(1);

        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length - 5)); // cut short
        Counting after = new Counting("length");
        KeptClaimScores damaged = KeptClaimScores.open(after, file());
        damaged.support("A claim.", List.of("A passage."));
        assertThat(after.calls).hasValue(1);
        damaged.save();
        Counting mended = new Counting("length");
        KeptClaimScores.open(mended, file()).support("A claim.", List.of("A passage."));
        assertThat(mended.calls).as("written whole again").hasValue(0);
    }

    @Test
    void scoresNotAskedForByARunAreKeptForALaterOne() {
        KeptClaimScores first = KeptClaimScores.open(new Counting("length"), file());
        first.support("One.", List.of("A passage."));
        first.support("Two.", List.of("A passage."));
        first.save();
        KeptClaimScores second = KeptClaimScores.open(new Counting("length"), file());
        second.support("Three.", List.of("A passage.")); // a lint of other drafts
        second.save();

        Counting third = new Counting("length");
        KeptClaimScores scores = KeptClaimScores.open(third, file());
        scores.support("One.", List.of("A passage."));
        scores.support("Two.", List.of("A passage."));
        scores.support("Three.", List.of("A passage."));
        assertThat(third.calls).hasValue(0);
    }

    @Test
    void nothingIsWrittenWhenNothingWasScored() {
        KeptClaimScores scores = KeptClaimScores.open(new Counting("length"), file());
        scores.save();
        assertThat(file()).doesNotExist();
    }
}
