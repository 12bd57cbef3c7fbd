package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Asks for the outline of the article a topic describes.
 *
 * @param refusedSources the sources of an earlier plan that checks refused, each with why ("Crossref has no
 *     record of 10.1145/1234"): the model is to replace or drop them
 * @param library the library documents found for the question, for a grounded article: the outline chooses
 *     its sources among them by number, and seogen fills each source from the library; empty otherwise
 */
public record OutlineRequest(Topic topic, List<String> refusedSources, List<OfferedDocument> library) {
    public OutlineRequest {
        requireNonNull(topic, "topic");
        refusedSources = List.copyOf(refusedSources);
        library = List.copyOf(library);
    }

    public OutlineRequest(Topic topic, List<String> refusedSources) {
        this(topic, refusedSources, List.of());
    }

    public OutlineRequest(Topic topic) {
        this(topic, List.of(), List.of());
    }

    /** Whether the outline is to choose its sources among library documents. */
    public boolean grounded() {
        return !library.isEmpty();
    }

    /**
     * What a model must fix in an outline for this request: {@link Outline#problems()} and, for a grounded one,
     * every section names documents, and only documents that were offered.
     */
    public List<String> problems(Outline outline) {
        List<String> problems = new ArrayList<>(outline.problems());
        if (!grounded()) {
            return problems;
        }
        Set<Integer> offered = new TreeSet<>();
        library.forEach(document -> offered.add(document.number()));
        for (int i = 0; i < outline.sections().size(); i++) {
            PlannedSection section = outline.sections().get(i);
            if (section.sourceIds().isEmpty()) {
                problems.add("sections[" + i + "].source_ids is empty; name the documents the section is written from");
            }
            for (int id : section.sourceIds()) {
                if (!offered.contains(id)) {
                    problems.add("sections[" + i + "].source_ids names document " + id
                            + ", which was not offered; choose only among the documents " + offered);
                }
            }
        }
        return problems;
    }
}
