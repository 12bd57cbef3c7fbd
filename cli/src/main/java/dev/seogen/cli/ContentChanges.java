package dev.seogen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each published draft's content last really changed, in {@code .seogen/published.json}: a new status
 * or a re-publish is not a change; a new content hash is. Gives the sitemap's lastmod and the pages'
 * dateModified, and keeps a re-publish of the same content byte for byte the same.
 */
final class ContentChanges {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    private record Entry(String hash, Instant modified) {}

    private ContentChanges(Path file) {
        this.file = file;
    }

    static ContentChanges load(Path file) {
        ContentChanges changes = new ContentChanges(file);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode root = JSON.readTree(file.toFile());
                root.fields()
                        .forEachRemaining(e -> changes.entries.put(
                                e.getKey(),
                                new Entry(
                                        e.getValue().path("hash").asText(),
                                        Instant.parse(
                                                e.getValue().path("modified").asText()))));
            } catch (IOException | RuntimeException e) {
                // Unreadable: every page counts as changed once, then the file is written anew.
                changes.entries.clear();
            }
        }
        return changes;
    }

    /** The last real change of the draft's content: as recorded while it is unchanged, else now. */
    Instant lastChange(Draft draft, Instant now) {
        String hash = draft.contentHash();
        Entry known = entries.get(draft.id());
        if (known != null && known.hash().equals(hash)) {
            return known.modified();
        }
        Instant modified = draft.generation() != null && !draft.isEdited()
                ? draft.generation().finishedAt().truncatedTo(ChronoUnit.SECONDS)
                : now;
        entries.put(draft.id(), new Entry(hash, modified));
        return modified;
    }

    void save() {
        ObjectNode root = JSON.createObjectNode();
        entries.forEach((id, entry) -> root.putObject(id)
                .put("hash", entry.hash())
                .put("modified", entry.modified().toString()));
        try {
            AtomicFile.write(file, JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
