package dev.seogen.core.review;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a unit test (surefire does not pick up *Benchmark classes): lints 10,000 drafts of about 800
 * words, every tenth one a near copy of another, and prints the time. Target: under 30 s. Run with
 * bench/lint-10k.sh.
 */
class LintBenchmark {
    private static final int DRAFTS = Integer.getInteger("drafts", 10_000);

    @Test
    void lintTenThousandDrafts() {
        Random random = new Random(7);
        String[] vocabulary = new String[5_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i * 7919 % 100_000, 36);
        }
        List<Draft> drafts = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            String body;
            if (i % 10 == 9) {
                body = bodies.get(i - 1).replaceFirst("\\S+", "changed"); // a near copy of the one before
            } else {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 800; w++) {
                    text.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 15 == 14 ? ". " : " ");
                }
                body = text.toString();
            }
            bodies.add(body);
            String question = "How does feature " + i + " work?";
            Article article = new Article(
                    question,
                    "How feature " + i + " works, explained for everyone",
                    Slug.of(question),
                    "Cat" + i % 10,
                    LanguageTag.ENGLISH,
                    List.of(),
                    "d".repeat(140),
                    "Feature " + i + " works like this.",
                    List.of(new Section("Part", body + " [1]")),
                    new Section("Summary", "That is how it works."),
                    List.of(new Source(1, "A source", List.of(), 2020, "P", "https://example.com/" + i, null)));
            drafts.add(Draft.of(article, 800, Review.NEW, null));
        }
        long started = System.nanoTime();
        var findings = new Linter().lint(drafts);
        double seconds = (System.nanoTime() - started) / 1e9;
        long nearDuplicates = findings.values().stream()
                        .flatMap(List::stream)
                        .filter(f -> f.rule().equals("near-duplicate"))
                        .count()
                / 2;
        System.out.printf(
                "lint-10k: %d drafts linted in %.2f s (target < 30 s), %d near-duplicate pairs found"
                        + " (%d planted)%n",
                DRAFTS, seconds, nearDuplicates, DRAFTS / 10);
    }
}
