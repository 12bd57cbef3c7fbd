package dev.seogen.review.server;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.draft.DraftStore;
import dev.seogen.publish.SiteSettings;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the review server needs: the drafts, the site whose theme shows them (its address is replaced by the
 * server's own), the clock and the reviewer recorded in {@code reviewed_by}, the port (0: any free one), and
 * the content hash of each live page's draft as last published, by draft id (read again as drafts change), so
 * that a published draft edited since shows as {@code edited}.
 */
public record ServerSettings(
        DraftStore store,
        SiteSettings site,
        Clock clock,
        @Nullable String reviewer,
        int port,
        Supplier<Map<String, String>> publishedHashes) {
    public ServerSettings {
        requireNonNull(store, "store");
        requireNonNull(site, "site");
        requireNonNull(clock, "clock");
        requireNonNull(publishedHashes, "publishedHashes");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
        }
    }

    /** Settings of a project that has published nothing yet. */
    public ServerSettings(DraftStore store, SiteSettings site, Clock clock, @Nullable String reviewer, int port) {
        this(store, site, clock, reviewer, port, Map::of);
    }
}
