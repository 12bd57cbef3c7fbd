package dev.seogen.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final double THRESHOLD = Linter.NEAR_DUPLICATE;
    private final Random random = new Random(7);

    private List<String> words(int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(50_000));
        }
        return words;
    }

    @Test
    void aPairAmongUnrelatedTextsIsFoundAndNothingElse() {
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(words(600));
        }
        List<String> edited = new ArrayList<>(texts.get(17));
        for (int i = 0; i < 600; i += 40) {
            edited.set(i, "changed"); // about 70 % of the five-word passages stay
        }
        texts.add(edited);

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, THRESHOLD);

        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.first()).isEqualTo(17);
            assertThat(pair.second()).isEqualTo(200);
            assertThat(pair.similarity()).isBetween(0.5, 0.8);
        });
    }

    @Test
    void nearCopiesArePairedWithTheFirstOnlyNotWithEachOther() {
        List<String> original = words(800);
        List<List<String>> texts = new ArrayList<>();
        texts.add(original);
        for (int i = 0; i < 3_000; i++) { // each a word off the original, in its own place: no two alike
            List<String> copy = new ArrayList<>(original);
            copy.set(i % 800, "copy" + i);
            texts.add(copy);
        }

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, THRESHOLD);

        // 3,000 pairs, each naming the original, where comparing every copy with every other made 4.5 million
        assertThat(pairs).hasSize(3_000).allSatisfy(pair -> {
            assertThat(pair.first()).isZero();
            assertThat(pair.similarity()).isGreaterThan(0.98);
        });
    }

    /** {@code text} with the word at each of {@code positions} replaced: each takes five passages out. */
    private static List<String> changed(List<String> text, int from, int to, String mark) {
        List<String> copy = new ArrayList<>(text);
        for (int k = from; k < to; k++) {
            copy.set(k * 12, mark + k); // twelve words apart: the passages each change takes out do not overlap
        }
        return copy;
    }

    @Test
    void aTextLikeANearCopyIsToldOfItEvenWhenNotLikeTheOriginal() {
        List<String> original = words(1_000);
        List<String> nearCopy = changed(original, 0, 19, "b"); // 0.83 the same as the original
        List<String> other = changed(nearCopy, 19, 83, "c"); // 0.51 the same as the near-copy, 0.41 as the original

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(List.of(original, nearCopy, other), THRESHOLD);

        assertThat(pairs).extracting(p -> p.first() + "-" + p.second()).containsExactly("0-1", "1-2");
    }

    @Test
    void textsSharingABoilerplateAreEachComparedWithAFewEarlierOnesOnly() {
        List<String> boilerplate = words(600);
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) { // each about 60 % the same as every other: none stands for another
            List<String> text = new ArrayList<>(boilerplate);
            text.addAll(words(200));
            texts.add(text);
        }

        List<NearDuplicates.Pair> pairs = NearDuplicates.find(texts, THRESHOLD);

        Map<Integer, Long> earlierOnes =
                pairs.stream().collect(Collectors.groupingBy(NearDuplicates.Pair::second, Collectors.counting()));
        // every text but the first is told of earlier ones like it
        assertThat(earlierOnes).hasSize(1_999);
        assertThat(pairs).allSatisfy(pair -> assertThat(pair.similarity()).isBetween(0.5, 0.8));
    }
}
