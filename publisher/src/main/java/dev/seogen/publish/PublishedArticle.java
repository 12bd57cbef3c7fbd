package dev.seogen.publish;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.draft.Draft;
import java.time.Instant;

/** A draft to publish, with the date it was (or is now) published and the date of its last real change. */
public record PublishedArticle(Draft draft, Instant published, Instant modified) {
    public PublishedArticle {
        requireNonNull(draft, "draft");
        requireNonNull(published, "published");
        requireNonNull(modified, "modified");
    }
}
