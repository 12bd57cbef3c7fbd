package dev.seogen.library;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark, not a unit test (no @Test; surefire runs none of it): opens an index built by {@code library
 * index}, runs QUERIES searches of six words drawn from the given vocabulary (after 20 warm-up ones) and
 * prints the median and the 95th percentile of one search, embedding of the query included. Run by
 * bench/library-10k.sh.
 */
final class SearchLatency {
    private SearchLatency() {}

    public static void main(String[] args) {
        Path index = Path.of(args[0]);
        int queries = Integer.parseInt(args[1]);
        String[] vocabulary = args[2].split(",");
        Random random = new Random(11);
        try (LuceneLibrary library = LuceneLibrary.open(index)) {
            long[] nanos = new long[queries];
            for (int i = -20; i < queries; i++) {
                StringBuilder query = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    query.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                }
                long started = System.nanoTime();
                int found = library.search(query.toString(), 5).size();
                if (found == 0) {
                    throw new IllegalStateException("nothing found for " + query);
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - started;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "library-search: %d searches (top 5), median %.1f ms, p95 %.1f ms%n",
                    queries,
                    nanos[queries / 2] / 1e6,
                    nanos[(int) (queries * 0.95)] / 1e6);
        }
    }
}
