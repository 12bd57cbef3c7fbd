package dev.seogen.core.library;

/**
 * How close in meaning two texts are, from -1 to 1 (1: the same meaning): what a check of whether a cited
 * passage supports a sentence can build on. The library implements it with the embeddings it searches with.
 */
@FunctionalInterface
public interface TextSimilarity {
    double similarity(String first, String second);

    /** The similarity of {@code text} with each of {@code others}, in their order; an index may batch this. */
    default double[] similarities(String text, java.util.List<String> others) {
        double[] scores = new double[others.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = similarity(text, others.get(i));
        }
        return scores;
    }
}
