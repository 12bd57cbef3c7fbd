package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Article;
import dev.seogen.core.topic.Topic;

/**
 * Asks for a version of an approved article in the language of {@code topic}: its sections one by one, then
 * its title, description, intro and summary, keeping its structure and its sources.
 */
public record TranslationRequest(Topic topic, Article source) {
    public TranslationRequest {
        requireNonNull(topic, "topic");
        requireNonNull(source, "source");
        if (source.language().equals(topic.language())) {
            throw new IllegalArgumentException("a translation into " + topic.language() + " needs a source in"
                    + " another language, got one in " + source.language());
        }
    }
}
