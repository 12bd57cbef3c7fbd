package dev.seogen.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Linter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lint rule language with the real detector, on drafts whose text is, or is not, in their language. */
class LanguageLintTest {
    private static final LinguaDetector DETECTOR = LinguaDetector.of(Set.of("fr", "nl"));
    private static final Linter LINTER = new Linter(DETECTOR);

    private static final String FRENCH_INTRO = """
            Un enregistrement CNAME fait d'un nom de domaine l'alias d'un autre nom. Quand un résolveur le \
            rencontre, il reprend sa recherche au nom indiqué et renvoie la réponse de celui-ci.""";
    private static final String FRENCH_HOW = """
            Lorsqu'un résolveur demande l'adresse de www.exemple.fr et trouve un enregistrement CNAME, il ne \
            s'arrête pas là : il recommence la recherche au nom vers lequel pointe l'alias, puis renvoie au \
            client l'adresse trouvée au bout de la chaîne [1]. Le client ne voit qu'une réponse, mais le \
            résolveur a parfois fait plusieurs requêtes pour l'obtenir, ce qui explique qu'une longue chaîne \
            d'alias ralentisse la première visite.""";
    private static final String FRENCH_WHERE = """
            Un CNAME ne peut pas se trouver au sommet d'une zone, là où se trouvent déjà les enregistrements \
            SOA et NS, et aucun autre enregistrement ne peut partager son nom [2]. Pour faire pointer un \
            domaine nu vers un service hébergé, on utilise donc un enregistrement A ou AAAA, ou bien \
            l'aplatissement que proposent certains hébergeurs de DNS.""";
    private static final String FRENCH_SUMMARY = """
            Un CNAME renvoie un nom vers un autre ; il simplifie la gestion des alias, mais il reste interdit \
            au sommet d'une zone et à côté d'autres enregistrements.""";
    private static final String ENGLISH_HOW = """
            When a resolver asks for the address of www.example.com and finds a CNAME record, it does not stop \
            there: it starts the lookup again at the name the alias points to, then returns the address found \
            at the end of the chain to the client [1]. The client sees a single answer, but the resolver may \
            have made several queries to get it, which is why a long chain of aliases slows the first visit.""";
    private static final String ENGLISH_WHERE = """
            A CNAME cannot sit at the top of a zone, where the SOA and NS records already are, and no other \
            record may share its name [2]. To point a bare domain at a hosted service you therefore use an A or \
            AAAA record, or the flattening that some DNS hosts offer instead.""";
    private static final String GERMAN_WHERE = """
            Ein CNAME darf nicht an der Spitze einer Zone stehen, wo sich bereits die Einträge SOA und NS \
            befinden, und kein anderer Eintrag darf seinen Namen teilen [2]. Um eine nackte Domain auf einen \
            gehosteten Dienst zeigen zu lassen, verwendet man daher einen A- oder AAAA-Eintrag.""";

    @Test
    void aFrenchDraftWithAnEnglishBodyIsAnErrorNamingBothLanguages() {
        Draft planted = french(
                "When a resolver meets a CNAME record it starts again at the name it names.",
                ENGLISH_HOW,
                ENGLISH_WHERE,
                "A CNAME points one name at another; keep it off the zone apex and away from other records.");

        assertThat(language(planted)).singleElement().satisfies(f -> {
            assertThat(f.severity().label()).isEqualTo("error");
            assertThat(f.location()).isEqualTo("body");
            assertThat(f.message())
                    .contains("reads as English (en), not French")
                    .contains("not French as the draft's language: fr says");
        });
    }

    @Test
    void aFrenchDraftWrittenInFrenchHasNoLanguageFinding() {
        assertThat(language(french(FRENCH_INTRO, FRENCH_HOW, FRENCH_WHERE, FRENCH_SUMMARY)))
                .isEmpty();
    }

    @Test
    void oneSectionInAnotherLanguageIsAnErrorNamingTheSection() {
        Draft mixed = french(FRENCH_INTRO, FRENCH_HOW + "\n\n" + FRENCH_HOW, GERMAN_WHERE, FRENCH_SUMMARY);

        assertThat(language(mixed)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("section 2");
            assertThat(f.message()).startsWith("\"Où il est interdit\" reads as German (de), not French");
        });
    }

    @Test
    void aLanguageTheDetectorDoesNotKnowIsNotChecked() {
        Article article =
                french(FRENCH_INTRO, FRENCH_HOW, FRENCH_WHERE, FRENCH_SUMMARY).article();
        Article cornish = new Article(
                article.question(),
                article.title(),
                article.slug(),
                article.category(),
                new LanguageTag("kw"),
                article.keywords(),
                article.metaDescription(),
                article.intro(),
                article.sections(),
                article.summary(),
                article.sources());

        assertThat(DETECTOR.languages())
                .contains("en", "fr", "de", "es", "it", "pt", "nl")
                .doesNotContain("kw");
        assertThat(language(Draft.of(cornish, 150, Review.NEW, null))).isEmpty();
    }

    private static List<Finding> language(Draft draft) {
        return LINTER.lintOne(draft).stream()
                .filter(f -> f.rule().equals("language"))
                .toList();
    }

    private static Draft french(String intro, String how, String where, String summary) {
        String question = "Qu'est-ce qu'un enregistrement CNAME ?";
        Article article = new Article(
                question,
                "Enregistrement CNAME : à quoi sert un alias DNS ?",
                Slug.of(question, new LanguageTag("fr")),
                "DNS",
                new LanguageTag("fr"),
                List.of("dns", "cname"),
                "Un enregistrement CNAME fait d'un nom l'alias d'un autre : comment il se résout, où il est"
                        + " interdit et quoi utiliser à la place.",
                intro,
                List.of(new Section("Comment il se résout", how), new Section("Où il est interdit", where)),
                new Section("Résumé", summary),
                List.of(
                        new Source(
                                1,
                                "Domain names",
                                List.of(),
                                1987,
                                "IETF",
                                "https://www.rfc-editor.org/rfc/rfc1034",
                                null),
                        new Source(
                                2,
                                "Clarifications",
                                List.of(),
                                1997,
                                "IETF",
                                "https://www.rfc-editor.org/rfc/rfc2181",
                                null)));
        return Draft.of(article, 150, Review.NEW, null);
    }
}
