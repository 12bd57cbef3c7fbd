package dev.seogen.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslatedSectionTest {
    private static final Section ORIGINAL = new Section(
            "Where a CNAME is not allowed",
            "Not at the apex [1].",
            List.of(new Section("The zone apex", "SOA and NS live there [2]."), new Section("Others", "None [1].")));

    @Test
    void aTranslationThatKeepsTheStructureAndCitationsIsUsable() {
        TranslatedSection good = new TranslatedSection(new Section(
                "Où un CNAME est interdit",
                "Pas au sommet [1].",
                List.of(
                        new Section("Le sommet de la zone", "SOA et NS s'y trouvent [2]."),
                        new Section("Les autres", "Aucun [1]."))));

        assertThat(good.problems(ORIGINAL)).isEmpty();
    }

    @Test
    void aDroppedSubsectionOrCitationIsToBeFixed() {
        TranslatedSection bad = new TranslatedSection(new Section(
                "Où un CNAME est interdit",
                "Pas au sommet.",
                List.of(new Section("Le sommet de la zone", "SOA et NS s'y trouvent [2]."))));

        assertThat(bad.problems(ORIGINAL))
                .anySatisfy(p -> assertThat(p).contains("body cites [] where the original cites [1]"))
                .anySatisfy(p -> assertThat(p).contains("subsections has 1 items; the original has 2"));
    }
}
