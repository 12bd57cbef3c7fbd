package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Resolved;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftScan;
import dev.seogen.core.draft.DraftStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drafts a command works on: the folder from --drafts / SEOGEN_DRAFTS / seogen.yaml / ./drafts, every
 * draft that reads (the others are named on standard error and left alone), and drafts found by id or slug.
 */
final class Drafts {
    private final DraftStore store;
    private final DraftScan scan;

    private Drafts(DraftStore store, DraftScan scan) {
        this.store = store;
        this.scan = scan;
    }

    static Drafts open(CliContext context, DraftsOption option, PrintWriter err) {
        return open(store(context, option), err);
    }

    /** The drafts of {@code store}, read now; the files that do not read are named on {@code err}. */
    static Drafts open(DraftStore store, PrintWriter err) {
        DraftScan scan = store.scan();
        reportUnreadable(scan.unreadable(), err);
        return new Drafts(store, scan);
    }

    /** The drafts folder named by --drafts, SEOGEN_DRAFTS, seogen.yaml or ./drafts, which must exist. */
    static DraftStore store(CliContext context, DraftsOption option) {
        ConfigFile config = SettingsResolver.configFile(context, option.config.file, Settings.keys());
        SettingsResolver resolver = new SettingsResolver(context, config);
        Resolved<Path> folder = resolver.resolve(Settings.DRAFTS, option.folder);
        Resolved<Long> maxSize = resolver.resolve(Settings.DRAFTS_MAX_SIZE, null);
        resolver.validate();
        return store(folder.value(), maxSize.value());
    }

    private static DraftStore store(Path folder, long maxSize) {
        DraftStore store = new DraftStore(folder, maxSize);
        if (!Files.isDirectory(store.root())) {
            throw new InputException(Problem.ofFile(
                    store.root(),
                    "no drafts folder here; name it with --drafts DIR"
                            + " (or SEOGEN_DRAFTS, or drafts: in seogen.yaml), or run seogen generate first"));
        }
        return store;
    }

    /** Names each file that looks like a draft but does not read; such files are left alone. */
    static void reportUnreadable(List<Problem> unreadable, PrintWriter err) {
        for (Problem problem : unreadable) {
            err.println("skipped, does not read: " + problem);
        }
        err.flush();
    }

    DraftStore store() {
        return store;
    }

    List<Draft> all() {
        return scan.drafts();
    }

    /** The files that look like drafts but do not read, with what is wrong. */
    List<Problem> unreadable() {
        return scan.unreadable();
    }

    /** The drafts named by id or slug, in the order given; an unknown or ambiguous name is bad input. */
    List<Draft> find(List<String> names) {
        Set<Draft> found = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            List<Draft> matches = all().stream()
                    .filter(d -> d.id().equals(name)
                            || d.article().slug().value().equals(name)
                            || (d.article().categorySlug() + "/" + d.article().slug()).equals(name))
                    .toList();
            if (matches.isEmpty()) {
                problems.add("no draft has the id or slug '" + name + "' in " + store.root()
                        + " ('seogen review list' shows them)");
            } else if (matches.size() > 1) {
                problems.add("'" + name + "' is the slug of " + matches.size() + " drafts ("
                        + String.join(", ", matches.stream().map(d -> d.id()).toList()) + "); give the id");
            } else {
                found.add(matches.get(0));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(String.join("\n", problems));
        }
        return List.copyOf(found);
    }
}
