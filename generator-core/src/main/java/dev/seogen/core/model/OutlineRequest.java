package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.topic.Topic;

/** Asks for the outline of the article a topic describes. */
public record OutlineRequest(Topic topic) {
    public OutlineRequest {
        requireNonNull(topic, "topic");
    }
}
