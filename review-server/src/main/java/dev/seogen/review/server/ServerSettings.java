package dev.seogen.review.server;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.draft.DraftStore;
import dev.seogen.publish.SiteSettings;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * What the review server needs: the drafts, the site whose theme shows them (its address is replaced by the
 * server's own), the clock and the reviewer recorded in {@code reviewed_by}, and the port (0: any free one).
 */
public record ServerSettings(
        DraftStore store,
        SiteSettings site,
        Clock clock,
        @Nullable String reviewer,
        int port) {
    public ServerSettings {
        requireNonNull(store, "store");
        requireNonNull(site, "site");
        requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
        }
    }
}
