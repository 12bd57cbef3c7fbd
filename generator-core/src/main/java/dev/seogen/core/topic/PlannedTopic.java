package dev.seogen.core.topic;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Slug;

/** A topic with the place its draft will have: {@code <categorySlug>/<slug>.md}. */
public record PlannedTopic(Topic topic, Slug categorySlug, Slug slug) {
    public PlannedTopic {
        requireNonNull(topic, "topic");
        requireNonNull(categorySlug, "categorySlug");
        requireNonNull(slug, "slug");
    }

    /** The draft's path relative to the drafts folder, with {@code /} on every system. */
    public String draftPath() {
        return categorySlug + "/" + slug + ".md";
    }

    public PlannedTopic withTopic(Topic newTopic) {
        return new PlannedTopic(newTopic, categorySlug, slug);
    }
}
