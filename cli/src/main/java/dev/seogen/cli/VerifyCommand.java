package dev.seogen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.CitedWork;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.core.source.SourceChecker;
import dev.seogen.sources.HttpSourceChecker;
import dev.seogen.sources.SourceCheckConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seogen review verify}: checks the drafts' sources and keeps what was found in each draft. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Checks every source of the drafts (or of the drafts named) against the registry or the web it claims"
                    + " to come from: a DOI against Crossref, an arXiv id against arXiv, a URL by asking it (HEAD,"
                    + " then GET; at most 5 redirects). Says per source ok, missing, mismatch, dead or unknown,"
                    + " and keeps the result in the draft under the source's check:, so that lint, approve and"
                    + " publish use it without asking again.",
            "Addresses on loopback, private, link-local or multicast networks are never requested (unknown),"
                    + " unless sources.allow-private-addresses is true. Results are cached in .seogen/sources/"
                    + " for sources.recheck-after (30 days); --refresh asks again.",
            "Settings (seogen.yaml, or SEOGEN_SOURCES_*): sources.crossref-url, sources.arxiv-url,"
                    + " sources.mailto, sources.concurrency, sources.timeout, sources.recheck-after,"
                    + " sources.allow-private-addresses.",
            "Exit code 0 when every source checked is ok, 1 when any is not."
        })
final class VerifyCommand implements Callable<Integer> {
    private final CliContext context;
    private final Function<SourceCheckConfig, SourceChecker> checkers;

    @Spec
    CommandSpec spec;

    @Mixin
    DraftsOption option;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Drafts to check (default: every draft).")
    @Nullable
    List<String> ids;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "table|json",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--refresh", description = "Ask again, even for sources checked recently.")
    boolean refresh;

    VerifyCommand(CliContext context) {
        this(context, config -> new HttpSourceChecker(config, context.clock()));
    }

    /** With another way to make the checker: the demo's stand-in registry, say. */
    VerifyCommand(CliContext context, Function<SourceCheckConfig, SourceChecker> checkers) {
        this.context = context;
        this.checkers = checkers;
    }

    /** One source of one draft, and what its check found. */
    private record Checked(Draft draft, Source source, SourceCheck check) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = TerminalSafe.wrap(spec.commandLine().getOut());
        PrintWriter err = TerminalSafe.wrap(spec.commandLine().getErr());
        ConfigFile config = SettingsResolver.configFile(context, option.config.file, Settings.keys());
        DraftStore store = Drafts.store(context, option);
        Path root = store.root();
        var settings = SourceOptions.resolve(
                new SettingsResolver(context, config), ProjectFolders.state(config, root), refresh);
        List<Checked> results = new ArrayList<>();
        SourceChecker checker = checkers.apply(settings);
        // The network checks run without the drafts' lock (they can take minutes); a review or a publish meanwhile
        // is not held up, and a draft it changed keeps its change: only unchanged drafts get their checks.
        boolean unreadable;
        try {
            Drafts drafts = Drafts.open(store, err);
            unreadable = !drafts.unreadable().isEmpty();
            List<Draft> chosen = ids == null || ids.isEmpty() ? drafts.all() : drafts.find(ids);
            List<CitedWork> works = new ArrayList<>();
            List<Draft> owners = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            for (Draft draft : chosen) {
                for (Source source : draft.article().sources()) {
                    works.add(CitedWork.of(source));
                    owners.add(draft);
                    sources.add(source);
                }
            }
            List<SourceCheck> checks = checker.checkAll(works);
            Map<Draft, Map<Integer, SourceCheck>> byDraft = new java.util.LinkedHashMap<>();
            for (int i = 0; i < checks.size(); i++) {
                SourceCheck check =
                        kept(owners.get(i).checks().get(sources.get(i).id()), checks.get(i));
                results.add(new Checked(owners.get(i), sources.get(i), check));
                byDraft.computeIfAbsent(owners.get(i), d -> new TreeMap<>())
                        .put(sources.get(i).id(), check);
            }
            record(store, byDraft, err);
            if (checker.sawNoNetwork()) {
                err.println("no network: no registry or site could be reached, so every source is unknown."
                        + " Run 'seogen review verify' again when online.");
            }
            print(chosen.size(), results, out);
        } finally {
            if (checker instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        out.flush();
        err.flush();
        // A draft that does not read was not checked: the run is not all good.
        return !unreadable && results.stream().allMatch(r -> r.check().ok()) ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /**
     * Writes each draft's new checks, under the drafts' lock, into the draft as it is now, when its sources are
     * still those that were checked; a draft whose sources changed meanwhile is named and left as it is.
     */
    private static void record(DraftStore store, Map<Draft, Map<Integer, SourceCheck>> byDraft, PrintWriter err) {
        try (var lock = Locks.drafts(store.root(), "review verify", err)) {
            for (Map.Entry<Draft, Map<Integer, SourceCheck>> e : byDraft.entrySet()) {
                Draft checked = e.getKey();
                if (checked.checks().equals(e.getValue())) { // only the check: entries change
                    continue;
                }
                Path file = store.pathOf(checked.article());
                Draft now;
                try {
                    now = store.read(file);
                } catch (RuntimeException gone) {
                    err.println(file + ": not updated, it changed while its sources were checked (" + gone.getMessage()
                            + ")");
                    continue;
                }
                if (!now.article().sources().equals(checked.article().sources())) {
                    err.println(file + ": not updated, its sources changed while they were checked; run"
                            + " 'seogen review verify " + checked.id() + "' again");
                    continue;
                }
                store.write(now.withChecks(e.getValue()));
            }
        }
    }

    /**
     * What the draft keeps: the new check, unless it could not be completed ({@code unknown}: no network, a
     * timeout) while an earlier one found an answer, which then stands, saying that checking again failed.
     */
    private static SourceCheck kept(@Nullable SourceCheck before, SourceCheck now) {
        if (before == null || now.status() != CheckStatus.UNKNOWN || before.status() == CheckStatus.UNKNOWN) {
            return now;
        }
        String detail = before.detail().replaceAll(" \\(checking again on .*\\)$", "");
        return new SourceCheck(
                before.status(),
                before.checkedAt(),
                before.how(),
                detail + " (checking again on " + now.checkedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        + " failed: " + now.detail() + ")",
                before.resolvedTitle(),
                before.finalUrl());
    }

    private void print(int drafts, List<Checked> results, PrintWriter out) throws Exception {
        Map<CheckStatus, Integer> counts = new EnumMap<>(CheckStatus.class);
        for (CheckStatus status : CheckStatus.values()) {
            counts.put(status, 0);
        }
        results.forEach(r -> counts.merge(r.check().status(), 1, Integer::sum));
        if (format == OutputFormat.json) {
            ObjectNode root = OutputFormat.mapper().createObjectNode();
            root.put("drafts", drafts);
            root.put("sources", results.size());
            counts.forEach((status, n) -> root.put(status.key(), n));
            ArrayNode rows = root.putArray("results");
            for (Checked r : results) {
                rows.addObject()
                        .put("id", r.draft().id())
                        .put("draft", r.draft().article().draftPath())
                        .put("source", r.source().id())
                        .put("status", r.check().status().key())
                        .put(
                                "how",
                                r.check().how() == null ? null : r.check().how().key())
                        .put("detail", r.check().detail());
            }
            out.println(OutputFormat.mapper().writeValueAsString(root));
            return;
        }
        out.printf("%-10s  %-6s  %-8s  %-5s  %s%n", "ID", "SOURCE", "STATUS", "HOW", "DETAIL");
        for (Checked r : results) {
            out.printf(
                    "%-10s  %-6s  %-8s  %-5s  %s%n",
                    r.draft().id(),
                    "[" + r.source().id() + "]",
                    r.check().status().key(),
                    r.check().how() == null ? "-" : r.check().how().key(),
                    Format.clip(r.check().detail(), 100));
        }
        out.printf(
                "%s in %s: %d ok, %d missing, %d mismatch, %d dead, %d unknown.%n",
                Format.count(results.size(), "source", "sources"),
                Format.count(drafts, "draft", "drafts"),
                counts.get(CheckStatus.OK),
                counts.get(CheckStatus.MISSING),
                counts.get(CheckStatus.MISMATCH),
                counts.get(CheckStatus.DEAD),
                counts.get(CheckStatus.UNKNOWN));
    }
}
