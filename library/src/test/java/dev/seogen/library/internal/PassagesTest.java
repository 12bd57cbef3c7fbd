package dev.seogen.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
    private static final LibraryDocument DOCUMENT = new LibraryDocument("a.md", "A", List.of(), null, null, null, null);

    private static String words(int count, String word) {
        return (word + " ").repeat(count).strip() + ".";
    }

    @Test
    void joinsShortParagraphsOfOneSectionAndNeverSpansTwoSections() {
        List<Passage> passages = Passages.split(
                DOCUMENT,
                List.of(
                        new Block(List.of("One"), words(30, "a")),
                        new Block(List.of("One"), words(30, "b")),
                        new Block(List.of("One", "Two"), words(30, "c"))));
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).headings()).containsExactly("One");
        assertThat(passages.get(0).text()).contains("a a", "b b");
        assertThat(passages.get(1).headings()).containsExactly("One", "Two");
        assertThat(passages.get(1).position()).isEqualTo(1);
    }

    @Test
    void cutsAParagraphOverTheLimitBetweenSentences() {
        String sentence = words(50, "x") + " ";
        List<Passage> passages = Passages.split(
                DOCUMENT, List.of(new Block(List.of(), sentence.repeat(8).strip())));
        assertThat(passages).hasSizeGreaterThan(2);
        assertThat(passages).allSatisfy(p -> {
            assertThat(Passages.words(p.text())).isLessThanOrEqualTo(Passages.MAX_WORDS);
            assertThat(p.text()).endsWith(".");
        });
    }
}
