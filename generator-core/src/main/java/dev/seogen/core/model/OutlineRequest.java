package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.topic.Topic;
import java.util.List;

/**
 * Asks for the outline of the article a topic describes.
 *
 * @param refusedSources the sources of an earlier plan that checks refused, each with why ("Crossref has no
 *     record of 10.1145/1234"): the model is to replace or drop them
 */
public record OutlineRequest(Topic topic, List<String> refusedSources) {
    public OutlineRequest {
        requireNonNull(topic, "topic");
        refusedSources = List.copyOf(refusedSources);
    }

    public OutlineRequest(Topic topic) {
        this(topic, List.of());
    }
}
