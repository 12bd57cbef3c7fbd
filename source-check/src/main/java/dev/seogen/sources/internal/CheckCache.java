package dev.seogen.sources.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.core.Sha256;
import dev.seogen.core.source.RegistryRecord;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What registries and servers said, one small JSON file per thing checked ("doi:10.1038/nature14539"),
 * named by the SHA-256 of that key. An entry older than {@code recheckAfter}, unreadable or for another key
 * counts as nothing known; each file is replaced in one step.
 */
public final class CheckCache {
    private final Path folder;
    private final Clock clock;
    private final Duration recheckAfter;
    private final boolean refresh;
    private final ObjectMapper json = new ObjectMapper();

    public CheckCache(Path folder, Clock clock, Duration recheckAfter, boolean refresh) {
        this.folder = folder;
        this.clock = clock;
        this.recheckAfter = recheckAfter;
        this.refresh = refresh;
    }

    public Optional<Lookup> get(String key) {
        if (refresh) {
            return Optional.empty();
        }
        try {
            JsonNode entry = json.readTree(Files.readAllBytes(file(key)));
            if (entry == null || !key.equals(entry.path("key").asText())) {
                return Optional.empty();
            }
            Instant checkedAt = Instant.parse(entry.path("checked_at").asText());
            if (checkedAt.plus(recheckAfter).isBefore(clock.instant())) {
                return Optional.empty();
            }
            RegistryRecord record = entry.hasNonNull("title")
                    ? new RegistryRecord(
                            entry.get("title").asText(),
                            entry.hasNonNull("year") ? entry.get("year").asInt() : null,
                            text(entry, "first_author"))
                    : null;
            return Optional.of(new Lookup(
                    Lookup.Outcome.valueOf(entry.path("outcome").asText()),
                    entry.path("detail").asText(),
                    record,
                    text(entry, "final_url"),
                    checkedAt));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Half-written by a crash, edited by hand, or from another version: check again.
            return Optional.empty();
        }
    }

    public void put(String key, Lookup lookup) {
        if (!lookup.lasting()) {
            return;
        }
        ObjectNode entry = json.createObjectNode();
        entry.put("key", key);
        entry.put("checked_at", lookup.checkedAt().toString());
        entry.put("outcome", lookup.outcome().name());
        entry.put("detail", lookup.detail());
        if (lookup.record() != null) {
            entry.put("title", lookup.record().title());
            entry.put("year", lookup.record().year());
            entry.put("first_author", lookup.record().firstAuthorFamily());
        }
        entry.put("final_url", lookup.finalUrl());
        try {
            AtomicFile.writeCache(
                    file(key), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(entry));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the source cache in " + folder, e);
        }
    }

    private Path file(String key) {
        return folder.resolve(HexFormat.of().formatHex(Sha256.of(key)) + ".json");
    }

    private static @Nullable String text(JsonNode entry, String field) {
        return entry.hasNonNull(field) ? entry.get(field).asText() : null;
    }
}
