package dev.seogen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.storage.AtomicFile;
import java.io.ByteArrayOutputStream;
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
    /** Streamed, without data binding: ten thousand entries take milliseconds, and no mapper starts up. */
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    /** Whether an entry was added or replaced since the file was read. */
    private boolean changed;

    private record Entry(String hash, Instant modified) {}

    private ContentChanges(Path file) {
        this.file = file;
    }

    static ContentChanges load(Path file) {
        ContentChanges changes = new ContentChanges(file);
        if (Files.isRegularFile(file)) {
            try (JsonParser parser = JSON.createParser(file.toFile())) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String id = parser.currentName();
                    expect(parser.nextToken(), JsonToken.START_OBJECT);
                    String hash = null;
                    String modified = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        if (field.equals("hash")) {
                            hash = parser.getValueAsString();
                        } else if (field.equals("modified")) {
                            modified = parser.getValueAsString();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    if (hash != null && modified != null) {
                        changes.entries.put(id, new Entry(hash, Instant.parse(modified)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Unreadable: every page counts as changed once, then the file is written anew.
                changes.entries.clear();
            }
        }
        return changes;
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("expected " + expected + ", got " + token);
        }
    }

    /** The last real change of the draft's content: as recorded while it is unchanged, else now. */
    Instant lastChange(DraftHeader draft, Instant now) {
        String hash = draft.contentHash();
        Entry known = entries.get(draft.id());
        if (known != null && known.hash().equals(hash)) {
            return known.modified();
        }
        Instant generated = draft.generatedAt();
        Instant modified = generated != null && !draft.edited() ? generated.truncatedTo(ChronoUnit.SECONDS) : now;
        entries.put(draft.id(), new Entry(hash, modified));
        changed = true;
        return modified;
    }

    /** Writes the file when a change was recorded since it was loaded. */
    void save() {
        if (!changed && Files.isRegularFile(file)) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 150 + 16);
        try {
            try (JsonGenerator json = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                    json.writeObjectFieldStart(entry.getKey());
                    json.writeStringField("hash", entry.getValue().hash());
                    json.writeStringField(
                            "modified", entry.getValue().modified().toString());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            AtomicFile.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
