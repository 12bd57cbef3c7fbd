package dev.seogen.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.LanguageVersion;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that read words, in each draft's language; and the versions of one key compared. */
class LanguagesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|What is the difference between SPF and DKIM?|spf dkim",
                "fr|Comment fonctionne un enregistrement CNAME ?|fonctionne enregistrement cname",
                "fr|Qu'est-ce qu'un résolveur DNS ?|résolveur dns",
                "de|Wie ist ein DNS-Eintrag aufgebaut und was ist die TTL?|dns-eintrag aufgebaut ttl",
                "es|¿Qué es un registro CNAME y cómo se usa?|registro cname usa",
                "it|Cos'è l'algoritmo di Dijkstra e come funziona?|algoritmo dijkstra funziona",
                "pt|O que é um certificado TLS e para que serve?|certificado tls"
            })
    void functionWordsOfTheQuestionsLanguageAreNeverKeyTerms(String language, String question, String terms) {
        assertThat(KeyTerms.of(question, new LanguageTag(language))).containsExactly(terms.split(" "));
    }

    @Test
    void aFrenchTitleWithTheQuestionsTermsHasNoKeyTermsWarning() {
        Article article = article(
                "fr",
                "Qu'est-ce qu'un enregistrement CNAME ?",
                "Enregistrements CNAME : à quoi servent-ils en DNS ?",
                "Un enregistrement CNAME fait d'un nom l'alias d'un autre.");

        assertThat(new Linter().lintOne(draft(article, LanguageVersion.NONE)))
                .extracting(Finding::rule)
                .doesNotContain("key-terms");
    }

    @Test
    void eachLanguageIsScoredByItsOwnFormula() {
        String french = "Le chat dort. Il fait beau.";
        String german = "Der Hund schläft. Es ist warm.";
        String spanish = "El perro duerme. Hace sol.";

        assertThat(score("fr", french)).isCloseTo(207 - 1.015 * 3 - 73.6 * 1, within(0.01));
        assertThat(score("de", german)).isCloseTo(180 - 3 - 58.5 * 1, within(0.01));
        assertThat(score("es", spanish)).isCloseTo(206.84 - 1.02 * 2.5 - 60 * 8 / 5.0, within(0.01));
        assertThat(Readability.of(new LanguageTag("en-GB"))).contains(Readability.FLESCH);
        assertThat(Readability.of(new LanguageTag("it"))).isEmpty();
        assertThat(Readability.of(new LanguageTag("pt"))).isEmpty();
    }

    @Test
    void aFrenchDraftsReadabilityNoteNamesKandelMoles() {
        Article article =
                article("fr", "Qu'est-ce qu'un enregistrement CNAME ?", "Qu'est-ce qu'un enregistrement CNAME ?", "");

        assertThat(new Linter().lintOne(draft(article, LanguageVersion.NONE)))
                .filteredOn(f -> f.rule().equals("readability"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Kandel–Moles reading ease "));
    }

    @Test
    void versionsOfOneKeyThatDisagreeOnSourcesOrSectionsAreWarnedOf() {
        Article english = article("en", "What is a CNAME record?", "What is a CNAME record?", "");
        Article french = article(
                        "fr", "Qu'est-ce qu'un enregistrement CNAME ?", "Qu'est-ce qu'un enregistrement CNAME ?", "")
                .withSources(List.of(source(1, "https://www.rfc-editor.org/rfc/rfc1034")));
        french = french.withSections(List.of(french.sections().get(0)));
        Draft en = draft(english, new LanguageVersion("cname", null));
        Draft fr = draft(french, new LanguageVersion("cname", null));
        Draft alone = draft(article("de", "Was ist ein CNAME?", "Was ist ein CNAME?", ""), LanguageVersion.NONE);

        Map<Draft, List<Finding>> findings = new Linter().lint(List.of(en, fr, alone));

        assertThat(findings.get(fr))
                .filteredOn(f -> f.rule().equals("language"))
                .extracting(f -> f.severity() + " " + f.location())
                .containsExactly("WARNING sources", "WARNING structure");
        assertThat(findings.get(fr))
                .filteredOn(f -> f.location().equals("sources"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("the en version (dns/what-is-a-cname-record.md): 1 here, 2 there"));
        assertThat(findings.get(en)).extracting(Finding::location).contains("sources", "structure");
        assertThat(findings.get(alone)).extracting(Finding::rule).doesNotContain("language");
    }

    @Test
    void versionsInTwoLanguagesWithTheSameQuestionAreNoDuplicates() {
        Article english = article("en", "What is a CNAME record?", "What is a CNAME record?", "");
        Article french = article("fr", "What is a CNAME record?", "What is a CNAME record?", "")
                .withSlug(new Slug("what-is-a-cname-record-fr"));

        Map<Draft, List<Finding>> findings = new Linter()
                .lint(List.of(
                        draft(english, new LanguageVersion("cname", null)),
                        draft(french, new LanguageVersion("cname", null))));

        assertThat(findings.values())
                .allSatisfy(f -> assertThat(f).extracting(Finding::rule).doesNotContain("duplicate-question"));
    }

    private static double score(String language, String text) {
        return Readability.of(new LanguageTag(language)).orElseThrow().score(text, PlainText.words(text));
    }

    private static Article article(String language, String question, String title, String intro) {
        return new Article(
                question,
                title,
                Slug.of(question, new LanguageTag(language)),
                "DNS",
                new LanguageTag(language),
                List.of("dns"),
                "",
                intro,
                List.of(new Section("One", "Text [1]."), new Section("Two", "Text [2].")),
                new Section("Summary", "Text."),
                List.of(
                        source(1, "https://www.rfc-editor.org/rfc/rfc1034"),
                        source(2, "https://www.rfc-editor.org/rfc/rfc2181")));
    }

    private static Source source(int id, String url) {
        return new Source(id, "RFC", List.of(), 1987, "IETF", url, null);
    }

    private static Draft draft(Article article, LanguageVersion version) {
        return Draft.of(article, 100, Review.NEW, null).withVersion(version);
    }
}
