package dev.seogen.review.server;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.review.Linter;
import dev.seogen.publish.SiteSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the review server needs: the drafts, the site whose theme shows them (its address is replaced by the
 * server's own), the clock and the reviewer recorded in {@code reviewed_by}, the port (0: any free one), and
 * the content hash of each live page's draft as last published, by draft id (read again as drafts change), so
 * that a published draft edited since shows as {@code edited}; and the linter for the drafts of the moment (the
 * CLI's, with rule {@code language} and {@code claim-support} where they apply), asked again as drafts change.
 */
public record ServerSettings(
        DraftStore store,
        SiteSettings site,
        Clock clock,
        @Nullable String reviewer,
        int port,
        Supplier<Map<String, String>> publishedHashes,
        Function<List<Draft>, Linter> linters) {
    public ServerSettings {
        requireNonNull(store, "store");
        requireNonNull(site, "site");
        requireNonNull(clock, "clock");
        requireNonNull(publishedHashes, "publishedHashes");
        requireNonNull(linters, "linters");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
        }
    }

    /** Settings with the linter of the rules that need nothing but the drafts. */
    public ServerSettings(
            DraftStore store,
            SiteSettings site,
            Clock clock,
            @Nullable String reviewer,
            int port,
            Supplier<Map<String, String>> publishedHashes) {
        this(store, site, clock, reviewer, port, publishedHashes, drafts -> new Linter());
    }

    /** Settings of a project that has published nothing yet, linted by the rules that need nothing but the drafts. */
    public ServerSettings(DraftStore store, SiteSettings site, Clock clock, @Nullable String reviewer, int port) {
        this(store, site, clock, reviewer, port, Map::of);
    }
}
