package dev.seogen.library;

import dev.seogen.core.InputException;
import dev.seogen.core.library.ClaimSupport;
import dev.seogen.core.library.FoundPassage;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import dev.seogen.core.library.ReferenceLibrary;
import dev.seogen.core.library.TextSimilarity;
import dev.seogen.library.internal.Embeddings;
import dev.seogen.library.internal.Manifest;
import dev.seogen.library.internal.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The index that {@link LibraryIndexer} built, searched: BM25 over the passages' text, their document's
 * title and headings, and nearest neighbours of the query's embedding, the two rankings fused by reciprocal
 * rank ({@code score = Σ 1 / (60 + rank)}, Cormack et al. 2009), so a passage that either finds ranks well and
 * one that both find ranks best. Safe to use from several threads; close it when done.
 */
public final class LuceneLibrary implements ReferenceLibrary, TextSimilarity, AutoCloseable {
    /** The constant of reciprocal rank fusion, as its authors chose it. */
    static final int RRF_K = 60;

    /** How many candidates each ranking gives the fusion, at least. */
    private static final int CANDIDATES = 50;

    /** Which rankings a search uses; {@link #HYBRID} is what users get, the others are for comparison. */
    enum Retrieval {
        HYBRID,
        BM25,
        EMBEDDINGS
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, LibraryDocument> documents;
    private final Embeddings embeddings;
    private final Analyzer analyzer = PassageFields.analyzer();

    private LuceneLibrary(Directory directory, DirectoryReader reader, Manifest manifest, Embeddings embeddings) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        Map<String, LibraryDocument> byPath = new TreeMap<>();
        manifest.files().forEach((path, entry) -> {
            if (entry.document() != null) {
                byPath.put(path, entry.document());
            }
        });
        this.documents = byPath;
        this.embeddings = embeddings;
    }

    /** The index in {@code indexFolder}; an {@link InputException} saying to run {@code library index} when there is none. */
    public static LuceneLibrary open(Path indexFolder) {
        return open(indexFolder, new Embeddings());
    }

    /**
     * Brings the index of {@code library} in {@code indexFolder} up to date, tells {@code report} what changed,
     * and opens it; one embedding model serves both.
     */
    public static LuceneLibrary updateAndOpen(Path library, Path indexFolder, Consumer<IndexReport> report) {
        Embeddings embeddings = new Embeddings();
        report.accept(new LibraryIndexer(embeddings).update(library, indexFolder));
        return open(indexFolder, embeddings);
    }

    static LuceneLibrary open(Path indexFolder, Embeddings embeddings) {
        Manifest manifest = Manifest.read(indexFolder);
        Path lucene = indexFolder.resolve(LibraryIndexer.LUCENE_FOLDER);
        if (manifest == null || !Files.isDirectory(lucene)) {
            throw new InputException("there is no library index in " + indexFolder
                    + " yet; run 'seogen library index --library DIR' first");
        }
        try {
            Directory directory = FSDirectory.open(lucene);
            try {
                return new LuceneLibrary(directory, DirectoryReader.open(directory), manifest, embeddings);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the library index in " + indexFolder + " cannot be read; run 'seogen"
                            + " library index' to build it again",
                    e);
        }
    }

    /** The folder the index was built from, as {@code library index} was given it (its real path). */
    public static Optional<String> libraryOf(Path indexFolder) {
        Manifest manifest = Manifest.read(indexFolder);
        return manifest == null ? Optional.empty() : Optional.of(manifest.library());
    }

    @Override
    public List<FoundPassage> search(String query, int top) {
        return search(query, top, null, Retrieval.HYBRID);
    }

    @Override
    public List<FoundPassage> search(String query, int top, Set<String> documents) {
        return documents.isEmpty() ? List.of() : search(query, top, documents, Retrieval.HYBRID);
    }

    List<FoundPassage> search(String query, int top, @Nullable Set<String> only, Retrieval retrieval) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be 1 or more, got " + top);
        }
        if (query.isBlank() || reader.numDocs() == 0) {
            return List.of();
        }
        int candidates = Math.max(CANDIDATES, top * 5);
        Query filter = only == null
                ? null
                : new TermInSetQuery(
                        PassageFields.PATH, only.stream().map(BytesRef::new).toList());
        Map<Integer, Double> fused = new HashMap<>();
        try {
            if (retrieval != Retrieval.EMBEDDINGS) {
                fuse(fused, searcher.search(keywords(query, filter), candidates).scoreDocs);
            }
            if (retrieval != Retrieval.BM25) {
                float[] vector = embeddings.embed(query);
                fuse(
                        fused,
                        searcher.search(
                                        new KnnFloatVectorQuery(PassageFields.VECTOR, vector, candidates, filter),
                                        candidates)
                                .scoreDocs);
            }
            List<Map.Entry<Integer, Double>> best = fused.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .toList();
            List<FoundPassage> found = new ArrayList<>(best.size());
            var stored = searcher.storedFields();
            for (Map.Entry<Integer, Double> hit : best) {
                Document document = stored.document(hit.getKey());
                LibraryDocument of = documents.get(document.get(PassageFields.PATH));
                if (of != null) {
                    found.add(new FoundPassage(PassageFields.fromLucene(document, of), hit.getValue()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("the library index cannot be read; run 'seogen library index' again", e);
        }
    }

    private static void fuse(Map<Integer, Double> fused, ScoreDoc[] ranking) {
        for (int rank = 0; rank < ranking.length; rank++) {
            fused.merge(ranking[rank].doc, 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }

    /** Each word of the query, analysed as the passages were, as one optional term: no query syntax to get wrong. */
    private Query keywords(String query, @Nullable Query filter) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream(PassageFields.CONTENT, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken() && count++ < BooleanQuery.getMaxClauseCount() - 1) {
                builder.add(
                        new TermQuery(new Term(PassageFields.CONTENT, term.toString())), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
        }
        if (filter != null) {
            builder.add(filter, BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    @Override
    public List<LibraryDocument> documents() {
        return List.copyOf(documents.values());
    }

    @Override
    public Optional<LibraryDocument> document(String path) {
        return Optional.ofNullable(documents.get(path));
    }

    /** How many passages each document has in the index, by path. */
    public Map<String, Integer> passageCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        try {
            for (String path : documents.keySet()) {
                counts.put(path, searcher.count(new TermQuery(new Term(PassageFields.PATH, path))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the library index cannot be read; run 'seogen library index' again", e);
        }
        return counts;
    }

    /** The passages of one document, in order: what a draft's evidence points at. */
    @Override
    public List<Passage> passages(String path) {
        LibraryDocument document = documents.get(path);
        if (document == null) {
            return List.of();
        }
        try {
            ScoreDoc[] hits =
                    searcher.search(new TermQuery(new Term(PassageFields.PATH, path)), Integer.MAX_VALUE / 2).scoreDocs;
            List<Passage> passages = new ArrayList<>(hits.length);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                passages.add(PassageFields.fromLucene(stored.document(hit.doc), document));
            }
            passages.sort(Comparator.comparingInt(Passage::position));
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException("the library index cannot be read; run 'seogen library index' again", e);
        }
    }

    /** The claim-support measure, with this library's embedding model. */
    public ClaimSupport claimSupport() {
        return new EmbeddingClaimSupport(embeddings);
    }

    /** Cosine similarity of the two texts' embeddings (all-MiniLM-L6-v2), from -1 to 1. */
    @Override
    public double similarity(String first, String second) {
        return embeddings.similarity(first, second);
    }

    /** The cosine similarity of {@code text}'s embedding with each of {@code others}', embedded in one batch. */
    @Override
    public double[] similarities(String text, List<String> others) {
        if (others.isEmpty()) {
            return new double[0];
        }
        List<String> all = new ArrayList<>(others.size() + 1);
        all.add(text);
        all.addAll(others);
        List<float[]> vectors = embeddings.embedAll(all);
        double[] scores = new double[others.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Embeddings.cosine(vectors.get(0), vectors.get(i + 1));
        }
        return scores;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Collection<String> paths(List<FoundPassage> found) {
        return found.stream().map(f -> f.document().path()).toList();
    }
}
