package dev.seogen.library.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings by all-MiniLM-L6-v2, quantized to 8 bits, run in-process by ONNX Runtime: the model is
 * inside the jar, so nothing is downloaded. 384 numbers a text; texts over about 256 word pieces are cut,
 * which is why passages stay under {@link Passages#MAX_WORDS} words. Loaded on first use (about a second),
 * then shared: the model is safe to call from several threads.
 */
public final class Embeddings {
    /** Recorded with the index: vectors of another model cannot be compared with this one's. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    public static final int DIMENSION = 384;

    private volatile EmbeddingModel model;

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    /** Cosine similarity of two texts' embeddings, from -1 to 1. */
    public double similarity(String first, String second) {
        List<float[]> both = embedAll(List.of(first, second));
        return cosine(both.get(0), both.get(1));
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
