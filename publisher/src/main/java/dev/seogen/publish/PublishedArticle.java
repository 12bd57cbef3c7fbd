package dev.seogen.publish;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.draft.DraftHeader;
import java.time.Instant;

/**
 * A draft to publish, by its header (its content is read only when its page must be rendered), with the
 * date it was (or is now) published and the date of its last real change.
 */
public record PublishedArticle(DraftHeader header, Instant published, Instant modified) {
    public PublishedArticle {
        requireNonNull(header, "header");
        requireNonNull(published, "published");
        requireNonNull(modified, "modified");
    }
}
