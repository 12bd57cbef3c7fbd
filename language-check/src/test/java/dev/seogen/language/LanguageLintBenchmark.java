package dev.seogen.language;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.Linter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (surefire does not pick up *Benchmark classes): lints drafts of 800 words in
 * English and French, five sections each, with and without rule language, and prints what the rule adds.
 * Run with {@code mvn -pl language-check -am surefire:test -Dtest=LanguageLintBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Ddrafts=2000]}.
 */
class LanguageLintBenchmark {
    private static final int DRAFTS = Integer.getInteger("drafts", 2_000);
    private static final String ENGLISH = "When a resolver asks for the address of a name and finds a CNAME"
            + " record, it starts the lookup again at the name the alias points to, then returns the address"
            + " it finds at the end of the chain to the client. ";
    private static final String FRENCH = "Lorsqu'un résolveur demande l'adresse d'un nom et trouve un"
            + " enregistrement CNAME, il recommence la recherche au nom vers lequel pointe l'alias, puis renvoie"
            + " au client l'adresse trouvée au bout de la chaîne. ";

    @Test
    void lintWithAndWithoutTheLanguageRule() {
        // Words of real sentences in a random order: text the detector reads as English or French, and
        // that no two drafts share (so that near-duplicate detection, which is not measured here, finds none).
        String[] english = ENGLISH.split(" ");
        String[] french = FRENCH.split(" ");
        Random random = new Random(7);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            boolean inFrench = i % 2 == 1;
            String[] words = inFrench ? french : english;
            List<Section> sections = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 160; w++) {
                    text.append(words[random.nextInt(words.length)])
                            .append(random.nextInt(1000))
                            .append(w % 15 == 14 ? ". " : " ");
                }
                sections.add(new Section("Part " + s, text + "[1]"));
            }
            String question = "How does feature " + i + " work?";
            Article article = new Article(
                    question,
                    "How feature " + i + " works, explained for everyone",
                    Slug.of(question),
                    "Cat" + i % 10,
                    new LanguageTag(inFrench ? "fr" : "en"),
                    List.of(),
                    "d".repeat(140),
                    "Feature " + i + " works like this.",
                    sections,
                    new Section("Summary", "That is how it works."),
                    List.of(new Source(1, "A source", List.of(), 2020, "P", "https://example.com/" + i, null)));
            drafts.add(Draft.of(article, 800, Review.NEW, null));
        }
        new Linter().lint(drafts.subList(0, 100)); // warm-up
        long plain = time(new Linter(), drafts);
        LinguaDetector detector = LinguaDetector.of(Set.of("en", "fr"));
        new Linter(detector).lint(drafts.subList(0, 100)); // loads the models
        long withLanguage = time(new Linter(detector), drafts);
        System.out.printf(
                "language-lint: %d drafts: %d ms without rule language, %d ms with it (%.2f ms a draft more)%n",
                DRAFTS, plain, withLanguage, (withLanguage - plain) / (double) DRAFTS);
    }

    private static long time(Linter linter, List<Draft> drafts) {
        long started = System.nanoTime();
        linter.lint(drafts);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
