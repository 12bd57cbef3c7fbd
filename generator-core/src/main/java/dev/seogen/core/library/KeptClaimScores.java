package dev.seogen.core.library;

import dev.seogen.core.Sha256;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.storage.CodeStamp;
import dev.seogen.core.storage.LengthPrefixed;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ClaimSupport} that keeps its scorer's scores in a file, by what each was computed from (the
 * sentence and the passages, hashed): embedding every cited sentence of a grounded draft took a quarter of a
 * second a draft, again at every lint, and ten thousand grounded drafts made a {@code review list} of forty
 * minutes. A score is a function of its texts, so a draft changed since is scored for its new sentences
 * only. Only ever a cache: a file that is missing, damaged or from another build of seogen counts as empty.
 * Thread-safe.
 */
public final class KeptClaimScores implements ClaimSupport {
    private static final String MAGIC = "seogen claim scores 1";
    /**
     * The scores kept at most (24 bytes each on disk, about 100 in memory): those asked for by the last lint
     * first, then older ones. Ten thousand grounded drafts of twenty cited sentences each are 200,000.
     */
    static final int MOST = 250_000;

    private final ClaimSupport scorer;
    private final Path file;
    /** Who made the scores: seogen's build and the scorer's measure; a score of another is not trusted. */
    private final String maker;

    private final Map<Key, Double> known;
    private final Map<Key, Double> asked = new ConcurrentHashMap<>();
    private volatile boolean added;

    private record Key(long high, long low) {}

    private KeptClaimScores(ClaimSupport scorer, Path file, String maker) {
        this.scorer = scorer;
        this.file = file;
        this.maker = maker;
        this.known = read(file, maker);
    }

    /** The scores of {@code scorer} kept in {@code file}, read now; {@link #save} writes them back. */
    public static KeptClaimScores open(ClaimSupport scorer, Path file) {
        return new KeptClaimScores(scorer, file, maker(scorer));
    }

    @Override
    public double support(String sentence, List<String> passages) {
        Key key = key(sentence, passages);
        Double score = asked.get(key);
        if (score == null) {
            score = known.get(key);
            if (score == null) {
                score = scorer.support(sentence, passages);
                added = true;
            }
            asked.put(key, score);
        }
        return score;
    }

    @Override
    public double threshold() {
        return scorer.threshold();
    }

    @Override
    public String measure() {
        return scorer.measure();
    }

    /**
     * Writes the scores back when some were computed since the file was read: those asked for since it was
     * opened, then the others kept before, {@link #MOST} at most.
     */
    public void save() {
        if (!added) {
            return;
        }
        added = false; // before the copy: a score added meanwhile marks it again, for the next save
        Map<Key, Double> kept = new LinkedHashMap<>(asked);
        for (Map.Entry<Key, Double> e : known.entrySet()) {
            if (kept.size() >= MOST) {
                break;
            }
            kept.putIfAbsent(e.getKey(), e.getValue());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(kept.size() * 24 + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            LengthPrefixed.write(out, MAGIC);
            LengthPrefixed.write(out, maker);
            out.writeInt(Math.min(kept.size(), MOST));
            int written = 0;
            for (Map.Entry<Key, Double> e : kept.entrySet()) {
                if (written++ == MOST) {
                    break;
                }
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                out.writeDouble(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: not reached
        }
        AtomicFile.writeCache(file, bytes.toByteArray());
    }

    private static Map<Key, Double> read(Path file, String maker) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (!MAGIC.equals(LengthPrefixed.read(in)) || !maker.equals(LengthPrefixed.read(in))) {
                return Map.of();
            }
            int count = in.getInt();
            if (count < 0 || (long) count * 24 != in.remaining()) {
                return Map.of(); // damaged: cut short or overwritten
            }
            Map<Key, Double> scores = new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                scores.put(new Key(in.getLong(), in.getLong()), in.getDouble());
            }
            return scores;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable or damaged: scored anew, and written whole at the next save
        }
    }

    private static String maker(ClaimSupport scorer) {
        return CodeStamp.of(scorer.getClass()) + "\n" + scorer.getClass().getName() + "\n" + scorer.measure();
    }

    /** 128 bits of SHA-256 of the sentence and each passage, each after its length. */
    private static Key key(String sentence, List<String> passages) {
        StringBuilder text =
                new StringBuilder().append(sentence.length()).append(':').append(sentence);
        for (String passage : passages) {
            text.append(passage.length()).append(':').append(passage);
        }
        ByteBuffer digest = ByteBuffer.wrap(Sha256.of(text.toString()));
        return new Key(digest.getLong(), digest.getLong());
    }
}
