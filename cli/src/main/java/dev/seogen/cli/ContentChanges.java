package dev.seogen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.publish.RetiredPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What each published draft's page was and when, in {@code .seogen/published.json}: when its content last
 * really changed (a new status or a re-publish is not a change; a new content hash is), when it first went
 * live, where its page is and where it was before, and whether it was taken down. Gives the pages' and the
 * feed's dates, keeps a re-publish of the same content byte for byte the same, and lets a publish leave a
 * withdrawn page and a redirect where a live page used to be.
 */
final class ContentChanges {
    /** Streamed, without data binding: ten thousand entries take milliseconds, and no mapper starts up. */
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    /** Whether an entry was added or replaced since the file was read. */
    private boolean changed;
    /** What changed for readers since the last publish: pages taken down or moved, by name. */
    private final List<String> notes = new ArrayList<>();

    /** One draft's record; {@code path} and what follows it are known once it went live. */
    private static final class Entry {
        String hash;
        Instant modified;

        @Nullable
        Instant published;

        @Nullable
        String path;

        String title = "";
        String category = "";
        boolean withdrawn;
        final Set<String> formerPaths = new TreeSet<>();

        Entry(String hash, Instant modified) {
            this.hash = hash;
            this.modified = modified;
        }
    }

    /** The file as it was read, to put back when a publish is refused before any page went live. */
    private byte @Nullable [] original;

    private ContentChanges(Path file) {
        this.file = file;
    }

    static ContentChanges load(Path file) {
        ContentChanges changes = new ContentChanges(file);
        if (Files.isRegularFile(file)) {
            try (JsonParser parser = JSON.createParser(changes.original = Files.readAllBytes(file))) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String id = parser.currentName();
                    expect(parser.nextToken(), JsonToken.START_OBJECT);
                    Map<String, String> fields = new TreeMap<>();
                    List<String> former = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (field.equals("former_paths") && value == JsonToken.START_ARRAY) {
                            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                                former.add(parser.getText());
                            }
                        } else if (value.isScalarValue()) {
                            fields.put(field, parser.getValueAsString());
                        } else {
                            parser.skipChildren();
                        }
                    }
                    try {
                        changes.entries.put(id, entry(fields, former));
                    } catch (RuntimeException e) { // one bad entry costs only its own dates
                        changes.notes.add("note: " + file + ": the record of draft " + id + " is unreadable ("
                                + e.getMessage() + "); its page's dates start again from this publish.");
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Damaged past this point: what was read stays, and the file is kept aside before it is rewritten.
                changes.keepAside(e);
            }
        }
        return changes;
    }

    private static Entry entry(Map<String, String> fields, List<String> former) {
        if (!fields.containsKey("hash") || !fields.containsKey("modified")) {
            throw new IllegalArgumentException("no hash or modified field");
        }
        Entry entry = new Entry(fields.get("hash"), InstantText.parse(fields.get("modified")));
        String published = fields.get("published");
        entry.published = published == null ? null : InstantText.parse(published);
        entry.path = fields.get("path");
        entry.title = fields.getOrDefault("title", "");
        entry.category = fields.getOrDefault("category", "");
        entry.withdrawn = "true".equals(fields.get("withdrawn"));
        entry.formerPaths.addAll(former);
        return entry;
    }

    /** Copies the damaged file beside itself, once, so that the dates it still holds can be recovered by hand. */
    private void keepAside(Exception e) {
        Path copy = file.resolveSibling(file.getFileName() + ".damaged");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException copyFailed) {
            copy = null;
        }
        changed = true;
        notes.add("note: " + file + " is damaged (" + e.getMessage() + "): the " + entries.size()
                + " records before the damage are kept, the others' dates start again from this publish"
                + (copy == null ? "." : "; the damaged file is kept as " + copy + "."));
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("expected " + expected + ", got " + token);
        }
    }

    /**
     * The content hash of each live page's draft as it was last published, by draft id: a published draft whose
     * hash is now another was edited since (status {@code edited} in the queue and in review list).
     */
    Map<String, String> liveHashes() {
        Map<String, String> live = new java.util.HashMap<>();
        entries.forEach((id, entry) -> {
            if (entry.path != null && !entry.withdrawn) {
                live.put(id, entry.hash);
            }
        });
        return live;
    }

    /** The last real change of the draft's content: as recorded while it is unchanged, else now. */
    Instant lastChange(DraftHeader draft, Instant now) {
        String hash = draft.contentHash();
        Entry known = entries.get(draft.id());
        if (known != null && known.hash.equals(hash)) {
            return known.modified;
        }
        Instant generated = draft.generatedAt();
        Instant modified = generated != null && !draft.edited() ? generated.truncatedTo(ChronoUnit.SECONDS) : now;
        if (known != null && known.modified.isAfter(modified)) {
            modified = known.modified; // an edit undone is a change too: the date never moves back
        }
        if (known == null) {
            entries.put(draft.id(), new Entry(hash, modified));
        } else {
            known.hash = hash;
            known.modified = modified;
        }
        changed = true;
        return modified;
    }

    /**
     * When the draft's article first went live: as recorded, else (a draft published before this record
     * existed) the time its status became published, else {@code now}. Recorded with its page's {@code path} when
     * {@code live}; a preview's drafts are not live, so the time is not kept for them.
     */
    Instant firstPublished(DraftHeader draft, String path, Instant now, boolean live) {
        lastChange(draft, now);
        Entry entry = entries.get(draft.id());
        Instant published = entry.published != null
                ? entry.published
                : draft.review().status() == ReviewStatus.PUBLISHED
                                && draft.review().changedAt() != null
                        ? draft.review().changedAt()
                        : now;
        if (live) {
            if (entry.path != null && !entry.path.equals(path)) {
                entry.formerPaths.add(entry.path);
                notes.add("moved: /" + entry.path + "/ is now /" + path + "/ (a 301 in _redirects)");
            }
            entry.formerPaths.remove(path);
            boolean same = published.equals(entry.published)
                    && path.equals(entry.path)
                    && !entry.withdrawn
                    && draft.question().equals(entry.title)
                    && draft.category().equals(entry.category);
            if (!same) {
                entry.published = published;
                entry.path = path;
                entry.withdrawn = false;
                entry.title = draft.question();
                entry.category = draft.category();
                changed = true;
            }
        }
        return published;
    }

    /**
     * The pages that were live and are not now: an article taken down ({@code live} does not hold its id: it
     * was rejected, or its draft deleted) leaves a withdrawn page; an article whose page moved (a new slug or
     * category) leaves a redirect at each address it had. An address a live page holds again is not retired.
     */
    List<RetiredPage> retired(Set<String> live, Set<String> livePaths) {
        List<RetiredPage> retired = new ArrayList<>();
        Set<String> seen = new HashSet<>(livePaths);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.path == null) {
                continue;
            }
            boolean gone = !live.contains(e.getKey());
            boolean leavesPage = gone && seen.add(entry.path); // not when a live page holds its address now
            if (gone && !entry.withdrawn) {
                entry.withdrawn = true;
                changed = true;
                notes.add("taken down: /" + entry.path + "/ (\"" + entry.title + "\" is no longer approved or its"
                        + " draft is gone)"
                        + (leavesPage
                                ? ": a withdrawn page stays at its address, and _redirects answers 410"
                                : "; another live article has its address now"));
            }
            if (leavesPage) {
                retired.add(new RetiredPage(entry.path, entry.title, entry.category, null));
            }
            for (String former : entry.formerPaths) {
                if (seen.add(former)) {
                    retired.add(new RetiredPage(former, entry.title, entry.category, gone ? null : entry.path));
                }
            }
        }
        retired.sort((a, b) -> a.path().compareTo(b.path()));
        return retired;
    }

    /** The pages taken down or moved by this publish, one line each. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Puts the file back as it was read: for a publish refused before any page of it went live. */
    void undo() {
        try {
            if (original == null) {
                Files.deleteIfExists(file);
            } else {
                AtomicFile.write(file, original);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file when a change was recorded since it was loaded. */
    void save() {
        if (!changed && Files.isRegularFile(file)) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 200 + 16);
        try {
            try (JsonGenerator json = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    Entry entry = e.getValue();
                    json.writeObjectFieldStart(e.getKey());
                    json.writeStringField("hash", entry.hash);
                    json.writeStringField("modified", InstantText.format(entry.modified));
                    if (entry.path != null && entry.published != null) {
                        json.writeStringField("published", InstantText.format(entry.published));
                        json.writeStringField("path", entry.path);
                        json.writeStringField("title", entry.title);
                        json.writeStringField("category", entry.category);
                        if (entry.withdrawn) {
                            json.writeBooleanField("withdrawn", true);
                        }
                        if (!entry.formerPaths.isEmpty()) {
                            json.writeArrayFieldStart("former_paths");
                            for (String former : entry.formerPaths) {
                                json.writeString(former);
                            }
                            json.writeEndArray();
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            AtomicFile.write(file, bytes.toByteArray());
            changed = false; // written: the file says all there is until the next change
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
