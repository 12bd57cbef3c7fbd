package dev.seogen.core.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds pairs of texts that share at least a given share of their five-word shingles (Jaccard similarity),
 * without comparing every pair: MinHash signatures put likely pairs in the same LSH bucket, and only those
 * are compared exactly. Ten thousand articles take seconds, not hours.
 *
 * <p>Copies and near-copies cost no more than other texts: a text at least {@link #STANDS_FOR} the same as an
 * earlier one is paired with it, and the earlier one stands for it: a later near-copy of the same text is
 * paired with the one that stands for both, not with each of its near-copies (a thousand near-copies of one
 * text are a thousand pairs, not half a million comparisons); any other text is compared with them all. Each
 * text is compared with at most {@link #COMPARED} earlier ones, those sharing the most buckets first, from
 * buckets of at most {@link #BUCKET_SIZE}: ten thousand texts that all share a long boilerplate, none quite a
 * copy of another, take seconds too, each told of its closest few.
 */
final class NearDuplicates {
    private static final int SHINGLE = 5;
    private static final int BANDS = 32;
    // With 32 bands of 3 rows a pair of similarity 0.5 lands in a shared bucket with probability
    // 1 - (1 - 0.5^3)^32 = 0.986, one of 0.6 with 0.9996; the exact Jaccard then decides.
    private static final int ROWS = 3;
    private static final long[] SEEDS = seeds(BANDS * ROWS);
    /** A text this much the same as an earlier one is stood for by it: its later near-copies meet the earlier one. */
    static final double STANDS_FOR = 0.8;
    /** The earlier texts one text is compared with, at most. */
    static final int COMPARED = 64;
    /** The texts one bucket holds, at most: a fuller one takes no more. */
    static final int BUCKET_SIZE = 128;

    private static final int NONE = -1;

    /** A pair of texts, by index ({@code first} the earlier), and their similarity. */
    record Pair(int first, int second, double similarity) {}

    private NearDuplicates() {}

    static List<Pair> find(List<List<String>> texts, double threshold) {
        List<long[]> shingles = new ArrayList<>(texts.size());
        Map<Long, List<Integer>> buckets = new HashMap<>();
        // Identical texts first: each is paired with the first of them only, and only that first one goes on
        // to the buckets.
        Map<Shingles, Integer> firstWith = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        List<Integer> standsFor = new ArrayList<>(texts.size()); // the earlier text that stands for each, or NONE
        for (int i = 0; i < texts.size(); i++) {
            long[] set = shingles(texts.get(i));
            shingles.add(set);
            standsFor.add(NONE);
            if (set.length == 0) {
                continue;
            }
            Integer first = firstWith.putIfAbsent(new Shingles(set), i);
            if (first != null) {
                pairs.add(new Pair(first, i, 1.0));
                continue;
            }
            long[] keys = bucketKeys(signature(set));
            Map<Integer, Integer> shared = new HashMap<>(); // earlier texts by the buckets they share with this one
            for (long key : keys) {
                for (int earlier : buckets.getOrDefault(key, List.of())) {
                    shared.merge(earlier, 1, Integer::sum);
                }
            }
            List<Integer> candidates = new ArrayList<>(shared.keySet());
            candidates.sort(Comparator.comparing((Integer j) -> -shared.get(j)).thenComparing(j -> j));
            // Those that stand for themselves first, to learn whether one stands for this text; then the others,
            // but not the near-copies of the one that stands for this text.
            int compared = 0;
            int closest = NONE;
            double best = 0;
            for (int earlier : candidates) {
                if (standsFor.get(earlier) == NONE && compared++ < COMPARED) {
                    double similarity = jaccard(shingles.get(earlier), set);
                    if (similarity >= threshold) {
                        pairs.add(new Pair(earlier, i, similarity));
                    }
                    if (similarity >= STANDS_FOR && similarity > best) {
                        best = similarity;
                        closest = earlier;
                    }
                }
            }
            for (int earlier : candidates) {
                int itsOwn = standsFor.get(earlier);
                if (itsOwn != NONE && (closest == NONE || itsOwn != closest) && compared++ < COMPARED) {
                    double similarity = jaccard(shingles.get(earlier), set);
                    if (similarity >= threshold) {
                        pairs.add(new Pair(earlier, i, similarity));
                    }
                }
            }
            standsFor.set(i, closest);
            for (long key : keys) {
                List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
                if (bucket.size() < BUCKET_SIZE) {
                    bucket.add(i);
                }
            }
        }
        pairs.sort((x, y) -> x.first() != y.first()
                ? Integer.compare(x.first(), y.first())
                : Integer.compare(x.second(), y.second()));
        return pairs;
    }

    /** One key a band: its rows' values, mixed with the band's number. */
    private static long[] bucketKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                key = mix(key ^ signature[band * ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /** A shingle set as a map key: equal when the same hashes. */
    private record Shingles(long[] hashes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Shingles that && Arrays.equals(hashes, that.hashes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hashes);
        }
    }

    /** The distinct hashes of the text's five-word windows, sorted. */
    static long[] shingles(List<String> words) {
        if (words.size() < SHINGLE) {
            return new long[0];
        }
        long[] hashes = new long[words.size() - SHINGLE + 1];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int j = i; j < i + SHINGLE; j++) {
                for (byte b : words.get(j).getBytes(StandardCharsets.UTF_8)) {
                    hash = (hash ^ b) * 0x100000001b3L;
                }
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = hash;
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static long[] signature(long[] shingles) {
        long[] signature = new long[SEEDS.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < SEEDS.length; k++) {
                long h = mix(shingle ^ SEEDS[k]);
                if (h < signature[k]) {
                    signature[k] = h;
                }
            }
        }
        return signature;
    }

    /** SplitMix64's finaliser: a good 64-bit mixer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int count) {
        long[] seeds = new long[count];
        long state = 0x5EED5EEDL;
        for (int i = 0; i < count; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
