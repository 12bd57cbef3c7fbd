package dev.seogen.library;

import dev.seogen.core.library.ClaimSupport;
import dev.seogen.library.internal.Embeddings;
import dev.seogen.library.internal.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How well cited passages support a sentence: for the best passage, {@value #EMBEDDING_WEIGHT} × the cosine
 * similarity of the two texts' all-MiniLM-L6-v2 embeddings + (1 − {@value #EMBEDDING_WEIGHT}) × the share of
 * the sentence's words (stemmed, without stop words, as the index reads them) that the passage holds. The
 * embedding catches a paraphrase, the overlap a claim whose words the passage does not have. Threshold and
 * weight were chosen on the labelled pairs in the tests ({@code claim-support/labelled.tsv}). Thread-safe.
 */
public final class EmbeddingClaimSupport implements ClaimSupport {
    /** The weight of the embedding similarity in the score; the word overlap has the rest. */
    static final double EMBEDDING_WEIGHT = 0.5;

    /** Below this score a sentence is reported: between the labelled set's supported and unsupported pairs (README). */
    static final double THRESHOLD = 0.58;

    /** Passage embeddings kept, so that a passage cited by many sentences is embedded once. */
    private static final int CACHED = 4096;

    private final Embeddings embeddings;
    private final Analyzer analyzer = PassageFields.analyzer();
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    EmbeddingClaimSupport(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public double support(String sentence, List<String> passages) {
        if (passages.isEmpty() || sentence.isBlank()) {
            return 0;
        }
        float[] claim = embeddings.embed(sentence);
        Set<String> words = terms(sentence);
        double best = 0;
        for (String passage : passages) {
            double similarity = Embeddings.cosine(claim, vector(passage));
            best = Math.max(best, score(similarity, overlap(words, terms(passage))));
        }
        return best;
    }

    static double score(double similarity, double overlap) {
        return EMBEDDING_WEIGHT * Math.max(0, similarity) + (1 - EMBEDDING_WEIGHT) * overlap;
    }

    /** The share of the sentence's terms that the passage has; 0 for a sentence without any. */
    static double overlap(Set<String> sentence, Set<String> passage) {
        if (sentence.isEmpty()) {
            return 0;
        }
        return sentence.stream().filter(passage::contains).count() / (double) sentence.size();
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }

    @Override
    public String measure() {
        return "embedding similarity and word overlap";
    }

    private float[] vector(String passage) {
        float[] known = vectors.get(passage);
        if (known != null) {
            return known;
        }
        if (vectors.size() >= CACHED) {
            vectors.clear();
        }
        float[] vector = embeddings.embed(passage);
        vectors.put(passage, vector);
        return vector;
    }

    Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(PassageFields.CONTENT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading text from memory cannot fail", e);
        }
        return terms;
    }
}
