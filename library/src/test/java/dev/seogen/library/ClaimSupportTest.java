package dev.seogen.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.library.internal.Embeddings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The claim-support measure on the labelled pairs of {@code claim-support/labelled.tsv}, with the real model. */
class ClaimSupportTest {
    /** The accuracy at the chosen threshold that the README states; the test fails if it drops. */
    static final double ACCURACY = 0.90;

    private static final EmbeddingClaimSupport SUPPORT = new EmbeddingClaimSupport(new Embeddings());

    record Pair(boolean supported, String sentence, String passage) {}

    static List<Pair> labelled() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ClaimSupportTest.class.getResourceAsStream("/claim-support/labelled.tsv"), "labelled.tsv")) {
            List<Pair> pairs = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                pairs.add(new Pair(cells[0].equals("supported"), cells[1], cells[2]));
            }
            return pairs;
        }
    }

    @Test
    void theChosenThresholdSeparatesTheLabelledPairs() throws IOException {
        List<Pair> pairs = labelled();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Pair pair : pairs) {
            double score = SUPPORT.support(pair.sentence(), List.of(pair.passage()));
            boolean supported = score >= SUPPORT.threshold();
            if (supported == pair.supported()) {
                right++;
            } else {
                wrong.add(String.format(Locale.ROOT, "%.3f %s %s", score, pair.supported(), pair.sentence()));
            }
        }
        double accuracy = right / (double) pairs.size();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accuracy)
                .as("accuracy %.3f; misjudged:%n%s", accuracy, String.join("\n", wrong))
                .isGreaterThanOrEqualTo(ACCURACY);
    }

    @Test
    void theBestOfSeveralPassagesCountsAndNoPassageIsNoSupport() throws IOException {
        Pair pair = labelled().get(0);
        double alone = SUPPORT.support(pair.sentence(), List.of(pair.passage()));
        assertThat(SUPPORT.support(pair.sentence(), List.of("Tomatoes want full sun.", pair.passage())))
                .isEqualTo(alone);
        assertThat(SUPPORT.support(pair.sentence(), List.of())).isZero();
    }

    /** Prints each pair's similarity and overlap, to choose the weight and threshold again: run by hand. */
    public static void main(String[] args) throws IOException {
        Embeddings embeddings = new Embeddings();
        for (Pair pair : labelled()) {
            double similarity = embeddings.similarity(pair.sentence(), pair.passage());
            double overlap =
                    EmbeddingClaimSupport.overlap(SUPPORT.terms(pair.sentence()), SUPPORT.terms(pair.passage()));
            System.out.printf(Locale.ROOT, "%s\t%.4f\t%.4f%n", pair.supported() ? 1 : 0, similarity, overlap);
        }
    }
}
