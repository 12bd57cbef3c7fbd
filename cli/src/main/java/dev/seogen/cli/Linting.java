package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.review.ClaimSupportRule;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Linter;
import dev.seogen.library.LuceneLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lint as review and demo run it: every rule, and {@code claim-support} when some draft was written from the
 * library and the library's index is at hand (the folder of library: / SEOGEN_LIBRARY, else the project's
 * {@code .seogen/library/}). The embedding model is loaded only then.
 */
final class Linting {
    private Linting() {}

    /** Lints {@code drafts}, finding the library index from the settings of {@code option}. */
    static Map<Draft, List<Finding>> lint(
            CliContext context, DraftsOption option, Path draftsRoot, List<Draft> drafts) {
        if (!grounded(drafts)) {
            return new Linter().lint(drafts);
        }
        ConfigFile config = SettingsResolver.configFile(context, option.config.file, Settings.keys());
        String library = new SettingsResolver(context, config)
                .resolve(Settings.LIBRARY, null)
                .value();
        Path index = library.isEmpty()
                ? ProjectFolders.state(config, draftsRoot).resolve("library")
                : LibraryCommand.indexOf(config, Path.of(library));
        return lint(index, drafts);
    }

    /** Lints {@code drafts}, with claim-support when {@code index} holds a library index. */
    static Map<Draft, List<Finding>> lint(@Nullable Path index, List<Draft> drafts) {
        if (index == null || !grounded(drafts) || LuceneLibrary.libraryOf(index).isEmpty()) {
            return new Linter().lint(drafts);
        }
        try (LuceneLibrary library = LuceneLibrary.open(index)) {
            return lint(library, drafts);
        }
    }

    /** Lints {@code drafts} with claim-support against {@code library}, which stays open. */
    static Map<Draft, List<Finding>> lint(LuceneLibrary library, List<Draft> drafts) {
        return new Linter(new ClaimSupportRule(library.claimSupport(), library)).lint(drafts);
    }

    private static boolean grounded(List<Draft> drafts) {
        return drafts.stream().anyMatch(d -> !d.evidence().isEmpty());
    }
}
