package dev.seogen.core.draft.internal;

import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.storage.CodeStamp;
import dev.seogen.core.storage.LengthPrefixed;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cache of draft headers keyed by each draft's path, size, modification time and file key, so that
 * listing ten thousand unchanged drafts does not parse them. A binary file that is only ever a cache: one
 * that is missing, from another build of seogen or another drafts folder, or damaged, counts as empty.
 */
public final class DraftIndex {
    private static final String MAGIC = "seogen draft index 6";
    /** The build that reads drafts: a new one may read them otherwise, so it does not trust this index. */
    private static final String BUILD = CodeStamp.of(DraftIndex.class);

    /**
     * A draft file as it was when its header was read: size, modification time and file key (inode), the
     * header as read and whether the draft names its category. An entry read from the index keeps its bytes
     * there, written back as they are while the draft is unchanged.
     */
    public record Entry(
            long size,
            long modifiedNanos,
            String fileKey,
            DraftHeader header,
            boolean categoryGiven,
            @Nullable Encoded encoded) {
        public Entry(long size, long modifiedNanos, String fileKey, DraftHeader header, boolean categoryGiven) {
            this(size, modifiedNanos, fileKey, header, categoryGiven, null);
        }
    }

    /** Where an entry's bytes are in the index file it was read from. */
    public record Encoded(byte[] file, int from, int to) {}

    private DraftIndex() {}

    /** The entries of {@code file} by path relative to {@code root}; empty when it cannot be used. */
    public static Map<String, Entry> read(Path file, Path root) {
        try {
            In in = new In(ByteBuffer.wrap(Files.readAllBytes(file)));
            if (!MAGIC.equals(in.text())
                    || !BUILD.equals(in.text())
                    || !root.toString().equals(in.text())) {
                return Map.of();
            }
            int count = in.buffer.getInt();
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                int from = in.buffer.position();
                String relative = in.text();
                long size = in.buffer.getLong();
                long modified = in.buffer.getLong();
                String fileKey = in.text();
                DraftHeader header = header(in, root.resolve(relative));
                boolean categoryGiven = in.buffer.get() != 0;
                Encoded encoded = new Encoded(in.buffer.array(), from, in.buffer.position());
                entries.put(relative, new Entry(size, modified, fileKey, header, categoryGiven, encoded));
            }
            return entries;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged or from another version: every draft is read again, and the index rewritten
        }
    }

    /** Replaces {@code file} with {@code entries} (paths relative to {@code root}) in one step. */
    public static void write(Path file, Path root, Map<String, Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 700 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            LengthPrefixed.write(out, MAGIC);
            LengthPrefixed.write(out, BUILD);
            LengthPrefixed.write(out, root.toString());
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Encoded encoded = e.getValue().encoded();
                if (encoded != null) {
                    out.write(encoded.file(), encoded.from(), encoded.to() - encoded.from());
                    continue;
                }
                LengthPrefixed.write(out, e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modifiedNanos());
                LengthPrefixed.write(out, e.getValue().fileKey());
                header(out, e.getValue().header());
                out.writeBoolean(e.getValue().categoryGiven());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the draft index", e); // in memory: cannot happen
        }
        AtomicFile.writeCache(file, bytes.toByteArray());
    }

    private static void header(DataOutputStream out, DraftHeader h) throws IOException {
        LengthPrefixed.write(out, h.id());
        LengthPrefixed.write(out, h.question());
        LengthPrefixed.write(out, h.title());
        LengthPrefixed.write(out, h.category());
        LengthPrefixed.write(out, h.categorySlug().value());
        LengthPrefixed.write(out, h.slug().value());
        LengthPrefixed.write(out, h.language().value());
        out.writeInt(h.keywords().size());
        for (String keyword : h.keywords()) {
            LengthPrefixed.write(out, keyword);
        }
        LengthPrefixed.write(out, h.description());
        LengthPrefixed.write(out, h.review().status().label());
        optional(out, h.review().note());
        instant(out, h.review().changedAt());
        optional(out, h.review().reviewedBy());
        LengthPrefixed.write(out, h.contentHash());
        instant(out, h.generatedAt());
        out.writeBoolean(h.edited());
        LengthPrefixed.write(out, h.checksKey());
        LengthPrefixed.write(out, h.key());
        out.writeBoolean(h.autoLinks());
    }

    private static DraftHeader header(In in, Path file) {
        String id = in.text();
        String question = in.text();
        String title = in.text();
        String category = in.text();
        Slug categorySlug = in.slug();
        Slug slug = new Slug(in.text());
        LanguageTag language = in.language();
        int keywordCount = in.buffer.getInt();
        List<String> keywords = new ArrayList<>(keywordCount);
        for (int i = 0; i < keywordCount; i++) {
            keywords.add(in.text());
        }
        String description = in.text();
        Review review = new Review(ReviewStatus.parse(in.text()), in.optional(), in.instant(), in.optional());
        return new DraftHeader(
                file,
                id,
                question,
                title,
                category,
                categorySlug,
                slug,
                language,
                keywords,
                description,
                review,
                in.text(),
                in.instant(),
                in.buffer.get() != 0,
                in.text(),
                in.text(),
                in.buffer.get() != 0);
    }

    /** Reads what {@link #write} wrote; the few distinct categories and languages are made once each. */
    private static final class In {
        final ByteBuffer buffer;
        final Map<String, Slug> categories = new HashMap<>();
        final Map<String, LanguageTag> languages = new HashMap<>();

        In(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        String text() {
            return LengthPrefixed.read(buffer);
        }

        @Nullable
        String optional() {
            return buffer.get() != 0 ? text() : null;
        }

        @Nullable
        Instant instant() {
            return buffer.get() != 0 ? Instant.ofEpochSecond(buffer.getLong(), buffer.getInt()) : null;
        }

        Slug slug() {
            return categories.computeIfAbsent(text(), Slug::new);
        }

        LanguageTag language() {
            return languages.computeIfAbsent(text(), LanguageTag::new);
        }
    }

    private static void optional(DataOutputStream out, @Nullable String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            LengthPrefixed.write(out, text);
        }
    }

    private static void instant(DataOutputStream out, @Nullable Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }
}
