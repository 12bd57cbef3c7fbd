package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.library.ClaimSupport;
import dev.seogen.core.library.KeptClaimScores;
import dev.seogen.core.review.ClaimSupportRule;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Linter;
import dev.seogen.language.LinguaDetector;
import dev.seogen.library.LuceneLibrary;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The linter every command uses, built in this one place: rule {@code language} told by Lingua for the
 * languages of the drafts, and {@code claim-support} when some draft was written from the library and the
 * library's index is at hand (the folder of library: / SEOGEN_LIBRARY, else the project's
 * {@code .seogen/library/}); the index and its embedding model are opened only then. The claims' scores are
 * kept in the project's {@code .seogen/lint/claim-scores} between runs ({@link KeptClaimScores}). Closing it
 * saves them and closes the index it opened.
 */
final class Lint implements AutoCloseable {
    /** Where the index is, asked once a grounded draft needs it; null: there is none. */
    private final IndexFinder finder;

    private final boolean owned;
    /** Where the claims' scores are kept between runs; null: not kept. */
    private final @Nullable Path scoresFile;

    private @Nullable KeptClaimScores scores;
    private @Nullable LuceneLibrary library;
    private boolean looked;
    private @Nullable Set<String> languages;
    private boolean grounded;
    private @Nullable Linter linter;

    private interface IndexFinder {
        @Nullable
        Path index();
    }

    private Lint(IndexFinder finder, @Nullable LuceneLibrary library, boolean owned, @Nullable Path scoresFile) {
        this.finder = finder;
        this.library = library;
        this.looked = library != null;
        this.owned = owned;
        this.scoresFile = scoresFile;
    }

    /** For the drafts under {@code draftsRoot}, finding the library index from the settings of {@code option}. */
    static Lint open(CliContext context, DraftsOption option, Path draftsRoot) {
        ConfigFile config = SettingsResolver.configFile(context, option.config.file, Settings.keys());
        Path scores = ProjectFolders.state(config, draftsRoot).resolve("lint").resolve("claim-scores");
        return new Lint(() -> index(context, config, draftsRoot), null, true, scores);
    }

    /** With claim-support against {@code library}, which stays open when this closes. */
    static Lint with(LuceneLibrary library) {
        return new Lint(() -> null, Objects.requireNonNull(library, "library"), false, null);
    }

    /** Lints {@code drafts} once, as {@code seogen review} does, and closes what it opened. */
    static Map<Draft, List<Finding>> lint(
            CliContext context, DraftsOption option, Path draftsRoot, List<Draft> drafts) {
        try (Lint lint = open(context, option, draftsRoot)) {
            return lint.lint(drafts);
        }
    }

    /** Lints {@code drafts} with every rule that applies to them. */
    Map<Draft, List<Finding>> lint(List<Draft> drafts) {
        return linter(drafts).lint(drafts);
    }

    /**
     * The linter for {@code drafts}: the same one again while their languages, and whether any is grounded, stay
     * the same (Lingua's models load once).
     */
    synchronized Linter linter(List<Draft> drafts) {
        Set<String> now = drafts.stream()
                .map(d -> d.article().language().language())
                .collect(Collectors.toCollection(TreeSet::new));
        boolean anyGrounded = drafts.stream().anyMatch(d -> !d.evidence().isEmpty());
        if (linter == null || !now.equals(languages) || anyGrounded != grounded) {
            LuceneLibrary claims = anyGrounded ? library() : null;
            linter = new Linter(
                    LinguaDetector.of(now), claims == null ? null : new ClaimSupportRule(support(claims), claims));
            languages = now;
            grounded = anyGrounded;
        }
        return linter;
    }

    /** The library's scorer of claims, its scores kept between runs when there is a file for them. */
    private ClaimSupport support(LuceneLibrary claims) {
        if (scoresFile == null) {
            return claims.claimSupport();
        }
        if (scores == null) {
            scores = KeptClaimScores.open(claims.claimSupport(), scoresFile);
        }
        return scores;
    }

    private @Nullable LuceneLibrary library() {
        if (!looked) {
            looked = true;
            Path index = finder.index();
            if (index != null && LuceneLibrary.libraryOf(index).isPresent()) {
                library = LuceneLibrary.open(index);
            }
        }
        return library;
    }

    private static Path index(CliContext context, ConfigFile config, Path draftsRoot) {
        String folder = new SettingsResolver(context, config)
                .resolve(Settings.LIBRARY, null)
                .value();
        return folder.isEmpty()
                ? ProjectFolders.state(config, draftsRoot).resolve("library")
                : LibraryCommand.indexOf(config, Path.of(folder));
    }

    @Override
    public synchronized void close() {
        if (scores != null) {
            try {
                scores.save(); // a cache: a run stopped before this only scores its sentences again next time
            } catch (UncheckedIOException e) {
                // a project folder that cannot be written: the scores are made again next time, nothing lost
            }
        }
        if (owned && library != null) {
            library.close();
            library = null;
        }
    }
}
