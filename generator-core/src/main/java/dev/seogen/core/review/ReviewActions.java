package dev.seogen.core.review;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.Sha256;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer does to drafts, for {@code seogen review} and the review server alike, so that the two can
 * never disagree: approve (refused for a published draft, and for one with lint errors unless forced),
 * reject with a note, and save an edited draft file (refused when the file changed since it was opened or
 * when the new text does not read). Every write is atomic; the caller holds the drafts folder's lock.
 */
public final class ReviewActions {
    private final DraftStore store;
    private final Clock clock;
    private final @Nullable String reviewer;

    /** Decisions recorded as made by {@code reviewer} ({@code reviewed_by}; none when null), at {@code clock}'s time. */
    public ReviewActions(DraftStore store, Clock clock, @Nullable String reviewer) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.reviewer = reviewer;
    }

    /** What became of an approval. */
    public enum Outcome {
        APPROVED,
        ALREADY_PUBLISHED,
        HAS_ERRORS
    }

    /** What an approval did: the draft as it is now, the outcome, and the draft's lint errors. */
    public record Approval(Draft draft, Outcome outcome, int errors) {}

    /**
     * Approves {@code draft} given its lint {@code findings}: refused when it is published already, or when it
     * has errors and {@code force} is not set. An approval drops a rejection's note, which no longer applies.
     */
    public Approval approve(Draft draft, List<Finding> findings, boolean force) {
        return approve(draft, findings, force, false);
    }

    /**
     * Approves as {@link #approve(Draft, List, boolean)} does; a published draft is approved again when
     * {@code editedSinceLive} (its content is not what was published: status {@code edited}), so that the next
     * publish puts the edit live.
     */
    public Approval approve(Draft draft, List<Finding> findings, boolean force, boolean editedSinceLive) {
        int errors = count(findings, Severity.ERROR);
        if (draft.review().status() == ReviewStatus.PUBLISHED && !editedSinceLive) {
            return new Approval(draft, Outcome.ALREADY_PUBLISHED, errors);
        }
        if (errors > 0 && !force) {
            return new Approval(draft, Outcome.HAS_ERRORS, errors);
        }
        Draft approved = draft.withReview(new Review(ReviewStatus.APPROVED, null, now(), reviewer));
        store.write(approved);
        return new Approval(approved, Outcome.APPROVED, errors);
    }

    /** Rejects {@code draft} with {@code note}, which says why and must not be blank. */
    public Draft reject(Draft draft, String note) {
        if (note.isBlank()) {
            throw new InputException("a rejection needs a note saying why the draft is rejected");
        }
        Draft rejected = draft.withReview(new Review(ReviewStatus.REJECTED, note.strip(), now(), reviewer));
        store.write(rejected);
        return rejected;
    }

    /** The drafts waiting for review (status draft) without lint errors or warnings, in the order given. */
    public static List<Draft> clean(List<Draft> drafts, Map<Draft, List<Finding>> findings) {
        return drafts.stream()
                .filter(d -> d.review().status() == ReviewStatus.DRAFT)
                .filter(d -> count(findings.get(d), Severity.ERROR) + count(findings.get(d), Severity.WARNING) == 0)
                .toList();
    }

    /**
     * Replaces the draft file {@code file} with {@code text}, as typed: refused, with nothing written, when
     * the file's {@link #fileHash} is no longer {@code openedHash} (it changed since it was opened, or is
     * gone), and when {@code text} does not read as a draft (the problem names the line). Returns the draft
     * as it now reads.
     */
    public Draft save(Path file, String text, String openedHash) {
        String now = fileHash(file);
        if (!now.equals(openedHash)) {
            throw new Stale(new Problem(
                    file,
                    0,
                    "",
                    now.isEmpty()
                            ? "the draft was deleted since you opened it; nothing was saved"
                            : "the draft changed on disk since you opened it (another tab, an editor or seogen);"
                                    + " nothing was saved. Open it again to see the new version, then make your"
                                    + " change there"));
        }
        Draft draft = store.parse(file, text); // throws, naming the line, when the text does not read
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        return draft;
    }

    /**
     * The hash of a file's bytes as they are now ({@code sha256:…}), empty when there is no such file: what an
     * edit form carries, to tell at save time whether the file changed meanwhile.
     */
    public static String fileHash(Path file) {
        try {
            return hashOf(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The {@link #fileHash} of a file holding {@code bytes}. */
    public static String hashOf(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(Sha256.of(bytes));
    }

    /** A save refused because the file changed since it was opened. */
    public static final class Stale extends InputException {
        private static final long serialVersionUID = 1L;

        Stale(Problem problem) {
            super(problem);
        }
    }

    public static int count(@Nullable List<Finding> findings, Severity severity) {
        return findings == null
                ? 0
                : (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
