package dev.seogen.cli;

import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What is live of each published draft: the content hash recorded when it was last published
 * ({@code .seogen/published.json}), which tells a draft edited since ({@code edited}), and, with
 * {@code publish.require-review}, a copy of the draft file as published ({@code .seogen/published/<category>/<slug>.md})
 * from which publish renders its page again while the edit waits for review.
 */
final class PublishedVersions {
    private final Path copies;
    private final Map<String, String> hashes;

    private PublishedVersions(Path copies, Map<String, String> hashes) {
        this.copies = copies;
        this.hashes = Map.copyOf(hashes);
    }

    /** The published versions recorded in the project's state folder {@code state} (.seogen). */
    static PublishedVersions load(Path state) {
        return new PublishedVersions(
                state.resolve("published"),
                ContentChanges.load(state.resolve("published.json")).liveHashes());
    }

    /** The content hash of each live page's draft as last published, by draft id. */
    Map<String, String> hashes() {
        return hashes;
    }

    /** Whether {@code draft} is published and its content is not what went live: status edited. */
    boolean edited(Draft draft) {
        String live = hashes.get(draft.id());
        return draft.review().status() == ReviewStatus.PUBLISHED && live != null && !live.equals(draft.contentHash());
    }

    boolean edited(DraftHeader draft) {
        String live = hashes.get(draft.id());
        return draft.review().status() == ReviewStatus.PUBLISHED && live != null && !live.equals(draft.contentHash());
    }

    /** The status shown for {@code draft}: edited, else its own. */
    String status(Draft draft) {
        return edited(draft) ? "edited" : draft.review().status().label();
    }

    /** Where the copy of a published draft is kept; inside the state folder, whatever the slugs say. */
    Path copyOf(Slug category, Slug slug) {
        return new DraftStore(copies).pathOf(category, slug);
    }

    /** Keeps {@code file}, a draft file that is going live, as its published copy, unless the copy is the same. */
    void keep(DraftHeader draft) {
        Path copy = copyOf(draft.categorySlug(), draft.slug());
        try {
            byte[] bytes = Files.readAllBytes(draft.file());
            if (Files.isRegularFile(copy) && java.util.Arrays.equals(Files.readAllBytes(copy), bytes)) {
                return;
            }
            AtomicFile.write(copy, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep the published copy of " + draft.file() + ": " + e.getMessage(), e);
        }
    }
}
