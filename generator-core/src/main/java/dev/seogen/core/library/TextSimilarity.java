package dev.seogen.core.library;

/**
 * How close in meaning two texts are, from -1 to 1 (1: the same meaning): what a check of whether a cited
 * passage supports a sentence can build on. The library implements it with the embeddings it searches with.
 */
@FunctionalInterface
public interface TextSimilarity {
    double similarity(String first, String second);
}
