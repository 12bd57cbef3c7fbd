package dev.seogen.library.internal;

import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * A passage as a Lucene document: its document's path (the key a changed or removed file's passages are
 * dropped by), its position, headings and text (stored), the searchable text (its document's title, its
 * headings and its text, analysed in English for BM25) and its embedding (an HNSW vector field, cosine).
 */
public final class PassageFields {
    public static final String PATH = "path";
    public static final String POSITION = "position";
    public static final String HEADINGS = "headings";
    public static final String TEXT = "text";
    public static final String CONTENT = "content";
    public static final String VECTOR = "vector";
    private static final String SEPARATOR = "\u001f";

    private PassageFields() {}

    /** English stemming and stop words, the same for indexing and for queries. */
    public static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** What is embedded and what BM25 reads: the title and headings say what a passage is about. */
    public static String searchable(Passage passage) {
        StringBuilder text = new StringBuilder(passage.document().title());
        for (String heading : passage.headings()) {
            text.append(" — ").append(heading);
        }
        return text.append("\n").append(passage.text()).toString();
    }

    public static Document toLucene(Passage passage, float[] vector) {
        Document document = new Document();
        document.add(new StringField(PATH, passage.document().path(), Field.Store.YES));
        document.add(new StoredField(POSITION, passage.position()));
        document.add(new StoredField(HEADINGS, String.join(SEPARATOR, passage.headings())));
        document.add(new StoredField(TEXT, passage.text()));
        document.add(new TextField(CONTENT, searchable(passage), Field.Store.NO));
        document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        return document;
    }

    public static Passage fromLucene(Document stored, LibraryDocument document) {
        String headings = stored.get(HEADINGS);
        List<String> path =
                headings == null || headings.isEmpty() ? List.of() : Arrays.asList(headings.split(SEPARATOR, -1));
        return new Passage(document, stored.getField(POSITION).numericValue().intValue(), path, stored.get(TEXT));
    }
}
