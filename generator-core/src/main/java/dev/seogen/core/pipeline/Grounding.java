package dev.seogen.core.pipeline;

import dev.seogen.core.article.Source;
import dev.seogen.core.library.FoundPassage;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import dev.seogen.core.library.PassageExcerpt;
import dev.seogen.core.library.SourceEvidence;
import dev.seogen.core.model.GivenPassage;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.OfferedDocument;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.topic.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a grounded article takes from the library, step by step: the documents offered to the outline (those
 * with a passage relevant to the question), the outline's sources filled from the library and numbered in code,
 * the passages each section is written from, and the evidence the draft records. The model never writes a
 * source's title, authors or address.
 */
final class Grounding {
    /** Passages searched for a question, before the relevance floor and the grouping by document. */
    static final int SEARCHED = 30;
    /** Documents offered to an outline, at most. */
    static final int OFFERED = 8;
    /** Passages shown to the outline for each document offered. */
    static final int PASSAGES_PER_DOCUMENT = 2;
    /** Passages a section is written from, at most: about 1,500 words, so that small contexts fit. */
    static final int SECTION_PASSAGES = 6;

    private final GroundedLibrary library;

    Grounding(GroundedLibrary library) {
        this.library = library;
    }

    String name() {
        return library.name();
    }

    boolean fallbackToModel() {
        return library.fallbackToModel();
    }

    /** The documents offered for a topic, and the best similarity seen (for the message when none is). */
    record Offer(List<OfferedDocument> documents, double best) {
        boolean isEmpty() {
            return documents.isEmpty();
        }
    }

    Offer offer(Topic topic) {
        String query = topic.keywords().isEmpty()
                ? topic.question()
                : topic.question() + " " + String.join(" ", topic.keywords());
        List<FoundPassage> found = library.library().search(query, SEARCHED);
        if (found.isEmpty()) {
            return new Offer(List.of(), Double.NaN);
        }
        double[] similarity = library.similarity()
                .similarities(
                        topic.question(),
                        found.stream().map(f -> f.passage().text()).toList());
        double best = Double.NEGATIVE_INFINITY;
        Map<String, List<Passage>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            best = Math.max(best, similarity[i]);
            if (similarity[i] < library.relevanceFloor()) {
                continue;
            }
            Passage passage = found.get(i).passage();
            List<Passage> passages = byDocument.get(passage.document().path());
            if (passages == null && byDocument.size() < OFFERED) {
                passages = new ArrayList<>();
                byDocument.put(passage.document().path(), passages);
            }
            if (passages != null && passages.size() < PASSAGES_PER_DOCUMENT) {
                passages.add(passage);
            }
        }
        List<OfferedDocument> offered = new ArrayList<>();
        for (List<Passage> passages : byDocument.values()) {
            offered.add(new OfferedDocument(offered.size() + 1, passages.get(0).document(), passages));
        }
        return new Offer(offered, best);
    }

    /** Why a topic is not written: the library has nothing relevant to it. */
    String nothingRelevant(Topic topic, Offer offer) {
        String seen = Double.isNaN(offer.best())
                ? "the library has no passage that matches it"
                : String.format(
                        Locale.ROOT,
                        "its best passage is %.2f similar to the question, below the relevance floor %.2f",
                        offer.best(),
                        library.relevanceFloor());
        return "the library " + library.name() + " has nothing relevant to \"" + topic.question() + "\" (" + seen
                + "); add documents on it to the library and run 'seogen library index', or set library.fallback:"
                + " model to write it from the model alone";
    }

    /** A grounded outline: its sources from the library, numbered 1, 2, 3… in code, and the document of each. */
    record Resolved(Outline outline, Map<Integer, LibraryDocument> documents) {}

    /**
     * The model's outline with its sources made from the offered documents it chose: numbered in the order the
     * sections first name them, with every field from the library. A document that was not offered fails the
     * step (a model adapter asks again before it comes to this).
     */
    Resolved resolve(Outline chosen, List<OfferedDocument> offered) {
        Map<Integer, LibraryDocument> byNumber = new TreeMap<>();
        offered.forEach(document -> byNumber.put(document.number(), document.document()));
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        for (PlannedSection section : chosen.sections()) {
            for (int number : section.sourceIds()) {
                if (!byNumber.containsKey(number)) {
                    throw new ModelException("the outline chose document " + number + ", which was not among the "
                            + byNumber.size() + " documents the library offered");
                }
                renumbered.putIfAbsent(number, renumbered.size() + 1);
            }
        }
        List<PlannedSection> sections = chosen.sections().stream()
                .map(s -> new PlannedSection(
                        s.heading(),
                        s.covers(),
                        s.subsections(),
                        s.sourceIds().stream().map(renumbered::get).distinct().toList()))
                .toList();
        List<Source> sources = new ArrayList<>();
        Map<Integer, LibraryDocument> documents = new TreeMap<>();
        renumbered.forEach((number, id) -> {
            LibraryDocument document = byNumber.get(number);
            sources.add(document.toSource(id));
            documents.put(id, document);
        });
        return new Resolved(new Outline(chosen.title(), chosen.metaDescription(), sections, sources), documents);
    }

    /**
     * The passages section {@code index} is written from: found for its heading and what it covers, among the
     * documents it chose, each labelled with its source id; those the outline was shown when the search finds none.
     */
    List<GivenPassage> passages(Resolved resolved, int index, List<OfferedDocument> offered) {
        PlannedSection section = resolved.outline().sections().get(index);
        Map<String, Integer> idOf = new LinkedHashMap<>();
        for (int id : section.sourceIds()) {
            idOf.put(resolved.documents().get(id).path(), id);
        }
        List<FoundPassage> found = library.library()
                .search(section.heading() + ". " + section.covers(), SECTION_PASSAGES, Set.copyOf(idOf.keySet()));
        List<GivenPassage> given = new ArrayList<>();
        for (FoundPassage hit : found) {
            Integer id = idOf.get(hit.document().path());
            if (id != null) {
                given.add(new GivenPassage(id, hit.passage()));
            }
        }
        if (given.isEmpty()) {
            for (OfferedDocument document : offered) {
                Integer id = idOf.get(document.document().path());
                if (id != null) {
                    document.passages().forEach(p -> given.add(new GivenPassage(id, p)));
                }
            }
        }
        return given;
    }

    /**
     * What the draft records under each source: its document, and the passages given to the sections that cite
     * it, by position.
     */
    static Map<Integer, SourceEvidence> evidence(
            Resolved resolved, List<List<GivenPassage>> given, List<SectionText> written) {
        Map<Integer, Map<Integer, PassageExcerpt>> used = new TreeMap<>();
        for (int i = 0; i < written.size(); i++) {
            SectionText text = written.get(i);
            Set<Integer> cited = new TreeSet<>(SectionText.citations(text.body()));
            text.subsections().forEach(sub -> cited.addAll(SectionText.citations(sub.body())));
            for (GivenPassage passage : given.get(i)) {
                if (cited.contains(passage.sourceId())) {
                    used.computeIfAbsent(passage.sourceId(), k -> new TreeMap<>())
                            .putIfAbsent(passage.passage().position(), PassageExcerpt.of(passage.passage()));
                }
            }
        }
        Map<Integer, SourceEvidence> evidence = new TreeMap<>();
        resolved.documents()
                .forEach((id, document) -> evidence.put(
                        id,
                        new SourceEvidence(
                                document.path(),
                                List.copyOf(used.getOrDefault(id, Map.of()).values()))));
        return evidence;
    }

    /** What the journal's fingerprint must change with: the library and the documents offered. */
    static String fingerprint(String name, Offer offer) {
        StringBuilder text = new StringBuilder("library ").append(name);
        offer.documents()
                .forEach(d -> text.append('\n')
                        .append(d.number())
                        .append(' ')
                        .append(d.document().path()));
        return text.toString();
    }
}
