package dev.seogen.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Source;
import dev.seogen.core.library.FoundPassage;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import dev.seogen.core.library.ReferenceLibrary;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.OfferedDocument;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.topic.Topic;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a grounded article takes from the library: offered documents, sources made in code, the floor. */
class GroundingTest {
    private static final LibraryDocument CNAME = new LibraryDocument(
            "dns/cname.md", "CNAME records", List.of("Docs Team"), 2021, "Example", "https://x.example/cname", null);
    private static final LibraryDocument APEX =
            new LibraryDocument("dns/apex.html", "The zone apex", List.of(), null, null, null, null);
    private static final LibraryDocument GARDEN =
            new LibraryDocument("garden.md", "Tomatoes", List.of(), null, null, null, null);
    private static final Topic TOPIC =
            new Topic("DNS", "What is a CNAME record?", List.of(), LanguageTag.ENGLISH, "readers", 800);

    /** A library that finds these passages, in this order, with these similarities to the question. */
    private static Grounding grounding(List<Passage> found, double[] similarity) {
        ReferenceLibrary library = new ReferenceLibrary() {
            @Override
            public List<FoundPassage> search(String query, int top) {
                return found.stream()
                        .map(p -> new FoundPassage(p, 1))
                        .limit(top)
                        .toList();
            }

            @Override
            public List<FoundPassage> search(String query, int top, Set<String> documents) {
                return search(query, top).stream()
                        .filter(f -> documents.contains(f.document().path()))
                        .toList();
            }

            @Override
            public List<LibraryDocument> documents() {
                return List.of(CNAME, APEX, GARDEN);
            }

            @Override
            public Optional<LibraryDocument> document(String path) {
                return documents().stream().filter(d -> d.path().equals(path)).findFirst();
            }

            @Override
            public List<Passage> passages(String path) {
                return found.stream()
                        .filter(p -> p.document().path().equals(path))
                        .toList();
            }
        };
        dev.seogen.core.library.TextSimilarity batch = new dev.seogen.core.library.TextSimilarity() {
            @Override
            public double similarity(String first, String second) {
                throw new AssertionError("similarities are asked in one batch");
            }

            @Override
            public double[] similarities(String text, List<String> others) {
                return similarity;
            }
        };
        return new Grounding(new GroundedLibrary(library, batch, "docs", false));
    }

    private static Passage passage(LibraryDocument document, int position, String text) {
        return new Passage(document, position, List.of(), text);
    }

    @Test
    void offersTheDocumentsOfPassagesAboveTheFloorNumberedBestFirst() {
        Grounding grounding = grounding(
                List.of(
                        passage(APEX, 0, "apex"),
                        passage(GARDEN, 0, "tomatoes"),
                        passage(CNAME, 2, "cname"),
                        passage(APEX, 1, "apex again")),
                new double[] {0.6, 0.1, 0.5, 0.4});

        Grounding.Offer offer = grounding.offer(TOPIC);

        assertThat(offer.documents())
                .extracting(OfferedDocument::number, d -> d.document().path())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "dns/apex.html"),
                        org.assertj.core.groups.Tuple.tuple(2, "dns/cname.md"));
        assertThat(offer.documents().get(0).passages()).hasSize(2);
    }

    @Test
    void nothingAboveTheFloorIsAnEmptyOfferWhoseMessageNamesTheTopicTheLibraryAndTheFloor() {
        Grounding grounding = grounding(List.of(passage(GARDEN, 0, "tomatoes")), new double[] {0.12});

        Grounding.Offer offer = grounding.offer(TOPIC);

        assertThat(offer.isEmpty()).isTrue();
        assertThat(grounding.nothingRelevant(TOPIC, offer))
                .contains("the library docs has nothing relevant to \"What is a CNAME record?\"")
                .contains("0.12 similar", "floor 0.30", "library.fallback: model");
    }

    @Test
    void sourcesComeFromTheLibraryNumberedInTheOrderTheSectionsFirstCiteThem() {
        List<OfferedDocument> offered = List.of(
                new OfferedDocument(1, APEX, List.of(passage(APEX, 0, "apex"))),
                new OfferedDocument(2, CNAME, List.of(passage(CNAME, 0, "cname"))));
        Outline chosen = new Outline(
                "t",
                "d",
                List.of(
                        new PlannedSection("How it works", "c", List.of(), List.of(2)),
                        new PlannedSection("The apex", "c", List.of(), List.of(1, 2))),
                List.of(new Source(2, "document 2", List.of(), null, null, "https://invented.example", null)));

        Grounding.Resolved resolved = grounding(List.of(), new double[0]).resolve(chosen, offered);

        assertThat(resolved.outline().sources()).containsExactly(CNAME.toSource(1), APEX.toSource(2));
        assertThat(resolved.outline().sections())
                .extracting(PlannedSection::sourceIds)
                .containsExactly(List.of(1), List.of(2, 1));
        assertThat(resolved.documents().get(2)).isEqualTo(APEX);
    }

    @Test
    void aDocumentThatWasNotOfferedFailsTheStep() {
        List<OfferedDocument> offered = List.of(new OfferedDocument(1, APEX, List.of(passage(APEX, 0, "apex"))));
        Outline chosen = new Outline("t", "d", List.of(new PlannedSection("h", "c", List.of(), List.of(7))), List.of());

        assertThatThrownBy(() -> grounding(List.of(), new double[0]).resolve(chosen, offered))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("document 7, which was not among the 1 documents the library offered");
    }
}
