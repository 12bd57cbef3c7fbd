package dev.seogen.core.pipeline;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.library.ReferenceLibrary;
import dev.seogen.core.library.TextSimilarity;

/**
 * The reference library a batch writes its articles from, and what to do for a question it has nothing on.
 *
 * @param name the library as the user named it (its folder), for messages
 * @param fallbackToModel write such an article from the model alone, as without a library
 *     ({@code library.fallback: model}), instead of failing it
 * @param relevanceFloor the least similarity (embeddings, -1 to 1) a passage must have with the question to
 *     count as relevant; see {@link #RELEVANCE_FLOOR}
 */
public record GroundedLibrary(
        ReferenceLibrary library,
        TextSimilarity similarity,
        String name,
        boolean fallbackToModel,
        double relevanceFloor) {
    /**
     * The default floor: all-MiniLM-L6-v2 puts a question and a passage on its subject at 0.4 to 0.8 and
     * unrelated text below 0.2; 0.3 keeps passages that share the subject and drops those that share only words.
     */
    public static final double RELEVANCE_FLOOR = 0.30;

    public GroundedLibrary {
        requireNonNull(library, "library");
        requireNonNull(similarity, "similarity");
        requireNonNull(name, "name");
        if (!(relevanceFloor >= -1 && relevanceFloor <= 1)) {
            throw new IllegalArgumentException("the relevance floor is from -1 to 1, got " + relevanceFloor);
        }
    }

    public GroundedLibrary(ReferenceLibrary library, TextSimilarity similarity, String name, boolean fallbackToModel) {
        this(library, similarity, name, fallbackToModel, RELEVANCE_FLOOR);
    }
}
