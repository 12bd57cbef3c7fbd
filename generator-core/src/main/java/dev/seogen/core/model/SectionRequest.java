package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Source;
import dev.seogen.core.topic.Topic;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks for section {@code index} (from 0) of an outline, written from the sources it plans to cite; for a
 * grounded article, from the library passages found for its heading, each labelled with its source's id.
 */
public record SectionRequest(Topic topic, Outline outline, int index, List<GivenPassage> passages) {
    public SectionRequest {
        requireNonNull(topic, "topic");
        requireNonNull(outline, "outline");
        if (index < 0 || index >= outline.sections().size()) {
            throw new IllegalArgumentException("section index " + index + " is outside the outline's "
                    + outline.sections().size() + " sections");
        }
        passages = List.copyOf(passages);
    }

    public SectionRequest(Topic topic, Outline outline, int index) {
        this(topic, outline, index, List.of());
    }

    public PlannedSection section() {
        return outline.sections().get(index);
    }

    /** Whether the section is written from library passages. */
    public boolean grounded() {
        return !passages.isEmpty();
    }

    /**
     * The sources this section may cite: for a grounded section, the documents of its passages; else those it
     * plans to cite, or all of the outline's when it names none.
     */
    public List<Source> sources() {
        if (grounded()) {
            Set<Integer> given = passages.stream().map(GivenPassage::sourceId).collect(Collectors.toSet());
            return outline.sources().stream()
                    .filter(s -> given.contains(s.id()))
                    .toList();
        }
        List<Integer> ids = section().sourceIds();
        if (ids.isEmpty()) {
            return outline.sources();
        }
        return outline.sources().stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** What the model must fix in its text for this section; a grounded one cites only the documents it was given. */
    public List<String> problems(SectionText text) {
        return text.problems(sources(), grounded() ? "the documents this section was given" : "the sources");
    }
}
