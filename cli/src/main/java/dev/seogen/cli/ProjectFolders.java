package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a project keeps its files, and which folders publish may never write into. The state folder
 * {@code .seogen/} lives next to the config file, or next to the drafts folder when there is none, so that
 * the same project run from another folder finds its cache, journal and records again.
 */
final class ProjectFolders {
    static final String STATE_FOLDER = ".seogen";

    private ProjectFolders() {}

    /** The project's {@code .seogen/}: beside {@code config}'s file, else beside the {@code drafts} folder. */
    static Path state(ConfigFile config, Path drafts) {
        Path beside = config.path()
                .map(file -> file.toAbsolutePath().normalize().getParent())
                .orElseGet(() -> drafts.toAbsolutePath().normalize().getParent());
        return (beside == null ? drafts.toAbsolutePath() : beside).resolve(STATE_FOLDER);
    }

    /**
     * Refuses a site folder that publishing would mix with the user's own files: one that is, holds or lies
     * inside the drafts folder or the state folder; one that is or holds the config file's folder or the
     * working folder (so `.`, `..` and `/`); the home folder or one of its ancestors. Publishing removes the
     * pages it made that are gone, so such a folder would be one step from losing work.
     */
    static void checkSite(Path site, Path drafts, Path state, ConfigFile config, CliContext context) {
        Path real = real(site);
        List<String> problems = new ArrayList<>();
        Path draftsReal = real(drafts);
        if (real.equals(draftsReal) || draftsReal.startsWith(real)) {
            problems.add(real.equals(draftsReal) ? "is the drafts folder" : "holds the drafts folder " + drafts);
        } else if (real.startsWith(draftsReal)) {
            problems.add("lies inside the drafts folder " + drafts);
        }
        Path stateReal = real(state);
        if (real.startsWith(stateReal) || stateReal.startsWith(real)) {
            problems.add(
                    real.startsWith(stateReal)
                            ? "lies inside seogen's state folder " + state
                            : "holds seogen's state folder " + state);
        }
        Optional<Path> configFolder =
                config.path().map(file -> real(file.toAbsolutePath().getParent()));
        if (configFolder.isPresent() && configFolder.get().startsWith(real)) {
            problems.add("holds the project folder " + configFolder.get() + " (where " + ConfigFile.DEFAULT_NAME
                    + " or --config is)");
        }
        Path working = real(context.workingDirectory());
        if (working.startsWith(real)) {
            problems.add(real.equals(working) ? "is the current folder" : "holds the current folder " + working);
        }
        String home = context.environment().get("HOME");
        if (home != null && !home.isBlank() && real(Path.of(home)).startsWith(real)) {
            problems.add(real.getParent() == null ? "is the root of the file system" : "holds the home folder " + home);
        }
        if (real.getParent() == null && problems.isEmpty()) {
            problems.add("is the root of the file system");
        }
        if (!problems.isEmpty()) {
            throw new InputException("the site folder " + site + " " + problems.get(0)
                    + ": a publish adds and removes files there, so it must be a folder of the site's own. Nothing"
                    + " was published. Name another one with --site DIR (or site.folder in seogen.yaml), such as"
                    + " --site site.");
        }
    }

    /**
     * The real path of {@code path} (symlinks followed) when it exists, else its nearest existing ancestor's
     * real path with the rest appended.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
