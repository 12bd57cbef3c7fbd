package dev.seogen.core.library;

import java.util.List;

/**
 * How well the passages a sentence cites support it, from 0 (not at all) to 1, and the score below which a
 * sentence is reported ({@code claim-support} in lint). The library module implements it with its embeddings.
 */
public interface ClaimSupport {
    /** The support of {@code sentence} by the best of {@code passages}; 0 when there are none. */
    double support(String sentence, List<String> passages);

    /** Below this, a sentence is not supported well enough. */
    double threshold();

    /** How the score is made, for the finding's message ("embedding similarity and word overlap"). */
    String measure();
}
