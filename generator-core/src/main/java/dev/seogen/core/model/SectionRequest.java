package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Source;
import dev.seogen.core.topic.Topic;
import java.util.List;

/** Asks for section {@code index} (from 0) of an outline, written from the sources it plans to cite. */
public record SectionRequest(Topic topic, Outline outline, int index) {
    public SectionRequest {
        requireNonNull(topic, "topic");
        requireNonNull(outline, "outline");
        if (index < 0 || index >= outline.sections().size()) {
            throw new IllegalArgumentException("section index " + index + " is outside the outline's "
                    + outline.sections().size() + " sections");
        }
    }

    public PlannedSection section() {
        return outline.sections().get(index);
    }

    /** The sources this section plans to cite, or all of the outline's when it names none. */
    public List<Source> sources() {
        List<Integer> ids = section().sourceIds();
        if (ids.isEmpty()) {
            return outline.sources();
        }
        return outline.sources().stream().filter(s -> ids.contains(s.id())).toList();
    }
}
