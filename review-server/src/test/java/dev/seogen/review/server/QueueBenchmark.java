package dev.seogen.review.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a unit test (surefire does not pick up *Benchmark classes): the queue page of 10,000 drafts
 * of about 800 words. Prints the first look (every draft read and linted), the answer once warm (median and
 * worst of 20) and the answer after one draft changed. Target: under 300 ms warm. Run with
 * bench/review-queue-10k.sh.
 */
class QueueBenchmark {
    private static final int DRAFTS = Integer.getInteger("drafts", 10_000);

    @TempDir
    Path folder;

    @Test
    void queueOfTenThousandDrafts() throws Exception {
        DraftStore store = new DraftStore(folder.resolve("drafts"));
        Random random = new Random(7);
        String[] vocabulary = new String[5_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i * 7919 % 100_000, 36);
        }
        IntStream.range(0, DRAFTS).parallel().forEach(i -> {
            Random words = new Random(i);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 800; w++) {
                text.append(vocabulary[words.nextInt(vocabulary.length)]).append(w % 15 == 14 ? ". " : " ");
            }
            String question = "How does feature " + i + " work?";
            store.write(Draft.of(
                    new Article(
                            question,
                            "How feature " + i + " works, explained for everyone",
                            Slug.of(question),
                            "Cat" + i % 10,
                            LanguageTag.ENGLISH,
                            java.util.List.of(),
                            "d".repeat(i % 7 == 0 ? 90 : 140),
                            "Feature " + i + " works like this.",
                            java.util.List.of(new Section("Part", text + " [1]")),
                            new Section("Summary", "That is how it works."),
                            java.util.List.of(new Source(
                                    1, "A source", java.util.List.of(), 2020, "P", "https://example.com/" + i, null))),
                    800,
                    Review.NEW,
                    null));
        });
        random.nextInt();
        Thread.sleep(2_100); // every file settled, as on a morning's folder
        try (ReviewServer server =
                ReviewServer.start(new ServerSettings(store, TestDrafts.site(folder), TestDrafts.CLOCK, "bench", 0))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest queue = HttpRequest.newBuilder(server.address()).build();
            long first = time(client, queue);
            long[] warm = new long[20];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = time(client, queue);
            }
            Arrays.sort(warm);
            Path one = Files.list(store.root().resolve("cat3"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            Files.writeString(one, Files.readString(one).replace("works like this.", "works like this, really."));
            long changed = time(client, queue);
            long afterChange = time(client, queue);
            System.out.printf(
                    "review-queue-10k: %d drafts; first look %d ms (every draft read and linted); warm: median %d ms,"
                            + " worst %d ms of %d (target < 300 ms); after one draft changed: %d ms, then %d ms%n",
                    DRAFTS, first, warm[warm.length / 2], warm[warm.length - 1], warm.length, changed, afterChange);
        }
    }

    private static long time(HttpClient client, HttpRequest request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
