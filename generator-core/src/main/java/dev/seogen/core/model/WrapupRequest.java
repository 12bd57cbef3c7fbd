package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Section;
import dev.seogen.core.topic.Topic;
import java.util.List;

/** Asks for the intro and summary of an article whose sections are written. */
public record WrapupRequest(Topic topic, Outline outline, List<Section> sections) {
    public WrapupRequest {
        requireNonNull(topic, "topic");
        requireNonNull(outline, "outline");
        sections = List.copyOf(sections);
    }
}
