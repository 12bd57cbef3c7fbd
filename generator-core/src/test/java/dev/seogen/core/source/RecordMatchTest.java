package dev.seogen.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordMatchTest {
    private static CitedWork cited(String title, @Nullable Integer year, String... authors) {
        return new CitedWork(title, List.of(authors), year, null, null, null);
    }

    @Test
    void matchesTheSameTitleWrittenDifferently() {
        RegistryRecord record = new RegistryRecord("Attention is All you Need", 2017, "Vaswani");

        assertThat(RecordMatch.mismatch(cited("Attention Is All You Need.", 2017, "Vaswani, A."), record))
                .isEmpty();
        assertThat(RecordMatch.mismatch(cited("ATTENTION IS ALL YOU NEED", 2018, "Ashish Vaswani"), record))
                .isEmpty();
    }

    @Test
    void dropsAccentsMarkupAndPunctuation() {
        assertThat(RecordMatch.titlesMatch(
                        "Évaluation des modèles de langue", "<i>Evaluation</i> des modeles de langue"))
                .isTrue();
        assertThat(RecordMatch.normalise("Résumé: <i>A</i>  Study (2nd ed.)")).isEqualTo("resume a study 2nd ed");
    }

    @Test
    void forgivesASubtitleLeftOutOnEitherSide() {
        String onRecord = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding";

        assertThat(RecordMatch.titlesMatch("BERT", onRecord)).isTrue();
        assertThat(RecordMatch.titlesMatch(
                        "Deep Residual Learning for Image Recognition",
                        "Deep Residual Learning for Image Recognition: Supplementary Material"))
                .isTrue();
        assertThat(RecordMatch.titlesMatch(onRecord, "BERT")).isTrue();
    }

    @Test
    void doesNotMatchTwoDifferentSubtitlesUnderOneMainTitle() {
        assertThat(RecordMatch.titlesMatch("Deep learning: a review", "Deep learning: applications in medicine"))
                .isFalse();
    }

    @Test
    void forgivesATypoOrAPluralButNotAnotherWord() {
        assertThat(RecordMatch.titlesMatch(
                        "Language Models are Few-Shot Learner", "Language Models are Few-Shot Learners"))
                .isTrue();
        assertThat(RecordMatch.titlesMatch("Atention Is All You Need", "Attention is all you need"))
                .isTrue();
        assertThat(RecordMatch.titlesMatch("Attention Is All You Want", "Attention is all you need"))
                .isFalse();
    }

    @Test
    void namesTheTitleOnRecordWhenTheWorkIsAnother() {
        CitedWork invented = cited("Scaling Laws for Neural Retrieval Augmentation", 2021, "Kaplan, J.");
        RegistryRecord record = new RegistryRecord("Scaling Laws for Neural Language Models", 2020, "Kaplan");

        assertThat(RecordMatch.mismatch(invented, record))
                .contains("title on record: Scaling Laws for Neural Language Models");
    }

    @Test
    void allowsAYearApartButNotTwo() {
        RegistryRecord record = new RegistryRecord("Deep Learning", 2015, "LeCun");

        assertThat(RecordMatch.mismatch(cited("Deep learning", 2016, "LeCun, Y."), record))
                .isEmpty();
        assertThat(RecordMatch.mismatch(cited("Deep learning", 2019, "LeCun, Y."), record))
                .contains("year on record: 2015 (the source says 2019)");
        assertThat(RecordMatch.mismatch(cited("Deep learning", null, "LeCun, Y."), record))
                .isEmpty();
    }

    @Test
    void comparesTheFirstAuthorsFamilyName() {
        RegistryRecord record = new RegistryRecord("Deep learning", 2015, "LeCun");

        assertThat(RecordMatch.mismatch(cited("Deep learning", 2015, "Hinton, G.", "LeCun, Y."), record))
                .contains("first author on record: LeCun (the source says Hinton, G.)");
        assertThat(RecordMatch.mismatch(cited("Deep learning", 2015), record)).isEmpty();
        assertThat(RecordMatch.mismatch(
                        cited("Un estudio", 2015, "Jose Garcia-Perez"),
                        new RegistryRecord("Un estudio", 2015, "García-Pérez")))
                .isEmpty();
    }
}
