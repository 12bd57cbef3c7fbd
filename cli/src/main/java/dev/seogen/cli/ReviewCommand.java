package dev.seogen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.library.PassageExcerpt;
import dev.seogen.core.library.SourceEvidence;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.FindingLines;
import dev.seogen.core.review.ReviewActions;
import dev.seogen.core.review.Severity;
import dev.seogen.core.review.WordCount;
import dev.seogen.publish.ReviewReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seogen review}: lint, read, approve and reject drafts; the status is kept in each draft. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Lints the drafts (SEO rules, citations, duplicates, boilerplate) and records each reviewer's"
                    + " decision in the draft's front matter: draft → approved | rejected → published.",
            "An ID is a draft's id (from its front matter), its slug, or category/slug."
        },
        commandListHeading = "%nCommands:%n")
final class ReviewCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    ReviewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing command: give one of list, show, lint, approve, reject, report, verify, serve");
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "One row per draft: id, category, status, words, errors, warnings, title.")
    int list(
            @Mixin DraftsOption option,
            @Option(
                            names = "--status",
                            paramLabel = "S",
                            description =
                                    "Only drafts with this status: draft, approved, rejected, published, or edited (published,"
                                            + " and changed since it went live).")
                    @Nullable
                    String status,
            @Option(names = "--category", paramLabel = "C", description = "Only drafts of this category.") @Nullable
                    String category,
            @Option(
                            names = "--format",
                            defaultValue = "table",
                            paramLabel = "table|json",
                            description = "table or json (default: ${DEFAULT-VALUE}).")
                    OutputFormat format) {
        boolean editedOnly = status != null && status.strip().equalsIgnoreCase("edited");
        ReviewStatus wanted = status == null || editedOnly ? null : parseStatus(status);
        Drafts drafts = Drafts.open(context, option, err());
        PublishedVersions versions = versions(drafts, option);
        Map<Draft, List<Finding>> findings =
                Lint.lint(context, option, drafts.store().root(), drafts.all());
        List<Draft> shown = drafts.all().stream()
                .filter(d -> wanted == null || d.review().status() == wanted)
                .filter(d -> !editedOnly || versions.edited(d))
                .filter(d -> category == null
                        || d.article().category().equalsIgnoreCase(category)
                        || d.article().categorySlug().value().equals(category))
                .toList();
        if (format == OutputFormat.json) {
            ArrayNode rows = OutputFormat.mapper().createArrayNode();
            for (Draft draft : shown) {
                List<Finding> of = findings.get(draft);
                rows.addObject()
                        .put("id", draft.id())
                        .put("path", draft.article().draftPath())
                        .put("category", draft.article().category())
                        .put("title", draft.article().title())
                        .put("status", versions.status(draft))
                        .put("words", words(draft))
                        .put("errors", count(of, Severity.ERROR))
                        .put("warnings", count(of, Severity.WARNING));
            }
            print(rows);
            return ExitCodes.OK;
        }
        PrintWriter out = out();
        out.printf(
                "%-10s  %-12s  %-9s  %6s  %6s  %8s  %s%n",
                "ID", "CATEGORY", "STATUS", "WORDS", "ERRORS", "WARNINGS", "TITLE");
        for (Draft draft : shown) {
            List<Finding> of = findings.get(draft);
            out.printf(
                    "%-10s  %-12s  %-9s  %6d  %6d  %8d  %s%n",
                    draft.id(),
                    Format.clip(draft.article().category(), 12),
                    versions.status(draft),
                    words(draft),
                    count(of, Severity.ERROR),
                    count(of, Severity.WARNING),
                    draft.article().title());
        }
        out.println(Format.count(shown.size(), "draft", "drafts"));
        out.flush();
        return ExitCodes.OK;
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            description = "Every finding with its rule, severity, draft, location and what to fix. Exits 1 when"
                    + " any error is found. Drafts written from the reference library also get claim-support: a"
                    + " warning on a sentence whose cited passages do not support it well, when the library's index"
                    + " is at hand (library: in seogen.yaml or SEOGEN_LIBRARY, else .seogen/library/).")
    int lint(
            @Mixin DraftsOption option,
            @Parameters(arity = "0..*", paramLabel = "ID", description = "Drafts to lint (default: all).")
                    List<String> ids,
            @Option(
                            names = "--format",
                            defaultValue = "table",
                            paramLabel = "table|json",
                            description = "table or json (default: ${DEFAULT-VALUE}).")
                    OutputFormat format) {
        Drafts drafts = Drafts.open(context, option, err());
        List<Draft> selected = ids == null || ids.isEmpty() ? drafts.all() : drafts.find(ids);
        Map<Draft, List<Finding>> all =
                Lint.lint(context, option, drafts.store().root(), drafts.all());
        List<Finding> findings = new ArrayList<>();
        selected.forEach(d -> findings.addAll(located(drafts, d, all.get(d))));
        if (ids == null || ids.isEmpty()) {
            for (Problem problem : drafts.unreadable()) {
                // A draft that does not read is a draft with an error, not one to forget.
                findings.add(new Finding(
                        "unreadable",
                        Severity.ERROR,
                        "-",
                        drafts.store().root().relativize(problem.file()).toString(),
                        problem.line() > 0 ? "line " + problem.line() : "file",
                        (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message(),
                        Math.max(problem.line(), 0)));
            }
        }
        int errors = count(findings, Severity.ERROR);
        int warnings = count(findings, Severity.WARNING);
        if (format == OutputFormat.json) {
            ObjectNode root = OutputFormat.mapper().createObjectNode();
            root.put("drafts", selected.size()).put("errors", errors).put("warnings", warnings);
            ArrayNode list = root.putArray("findings");
            findings.forEach(f -> list.addObject()
                    .put("rule", f.rule())
                    .put("severity", f.severity().label())
                    .put("id", f.draftId())
                    .put("draft", f.draft())
                    .put("location", f.location())
                    .put("line", f.line())
                    .put("message", f.message()));
            print(root);
        } else {
            PrintWriter out = out();
            for (Finding f : findings) {
                if (f.severity() != Severity.NOTE) {
                    out.printf(
                            "%s: %-7s  %-18s  %s: %s%n",
                            f.place(), f.severity().label(), f.rule(), f.location(), f.message());
                }
            }
            out.printf(
                    "%s linted: %s, %s.%n",
                    Format.count(selected.size(), "draft", "drafts"),
                    Format.count(errors, "error", "errors"),
                    Format.count(warnings, "warning", "warnings"));
            out.flush();
        }
        return errors > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a draft readably, with its findings.")
    int show(@Mixin DraftsOption option, @Parameters(paramLabel = "ID", description = "Id or slug.") String id) {
        Drafts drafts = Drafts.open(context, option, err());
        Draft draft = drafts.find(List.of(id)).get(0);
        List<Finding> findings =
                Lint.lint(context, option, drafts.store().root(), drafts.all()).get(draft);
        PrintWriter out = out();
        var article = draft.article();
        out.println(article.question());
        out.println("=".repeat(Math.min(80, article.question().length())));
        out.printf(
                "%s · %s · %s · %d words (target %d)%s%n",
                draft.id(),
                draft.article().draftPath(),
                draft.review().status().label(),
                words(draft),
                draft.targetWords(),
                draft.isEdited() ? " · edited by hand" : "");
        if (draft.review().note() != null) {
            out.println("Review note: " + draft.review().note());
        }
        out.println("Title: " + article.title());
        out.println("Description: " + article.metaDescription());
        out.println();
        out.println(article.intro());
        int number = 1;
        for (Section section : article.sections()) {
            out.printf("%n%d. %s%n%n%s%n", number, section.heading(), section.body());
            int sub = 1;
            for (Section subsection : section.subsections()) {
                out.printf("%n%d.%d %s%n%n%s%n", number, sub++, subsection.heading(), subsection.body());
            }
            number++;
        }
        if (!article.summary().heading().isEmpty()) {
            out.printf(
                    "%n%s%n%n%s%n",
                    article.summary().heading(), article.summary().body());
        }
        out.println("\nSources:");
        for (Source source : article.sources()) {
            String address =
                    source.url() != null ? " " + source.url() : source.doi() != null ? " doi:" + source.doi() : "";
            out.printf("  [%d] %s%s%n", source.id(), source.reference(), address);
            SourceEvidence evidence = draft.evidence().get(source.id());
            if (evidence != null) {
                out.println("      library: " + evidence.document());
                for (PassageExcerpt passage : evidence.passages()) {
                    out.printf(
                            "      #%d%s: %s%n",
                            passage.position(),
                            passage.heading().isEmpty() ? "" : " (" + passage.heading() + ")",
                            Format.clip(passage.text(), 120));
                }
            }
        }
        out.println("\nFindings:");
        if (findings.isEmpty()) {
            out.println("  none");
        }
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity))
                .forEach(f ->
                        out.printf("  %-7s %-18s %s: %s%n", f.severity().label(), f.rule(), f.location(), f.message()));
        out.flush();
        return ExitCodes.OK;
    }

    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = "Marks drafts approved; refuses a draft with lint errors unless --force.")
    int approve(
            @Mixin DraftsOption option,
            @Parameters(arity = "0..*", paramLabel = "ID", description = "Drafts to approve.") List<String> ids,
            @Option(
                            names = "--all-clean",
                            description = "Approve every draft (status draft) without lint errors" + " or warnings.")
                    boolean allClean,
            @Option(names = "--force", description = "Approve even with lint errors.") boolean force) {
        boolean named = ids != null && !ids.isEmpty();
        if (named == allClean) {
            throw new ParameterException(
                    spec.commandLine().getSubcommands().get("approve"),
                    "give the IDs of the drafts to approve, or --all-clean (not both)");
        }
        DraftStore store = Drafts.store(context, option); // with the settings' size limit, as every command
        try (var lock = Locks.drafts(store.root(), "review approve", err())) {
            Drafts drafts = Drafts.open(store, err());
            return approve(drafts, option, ids, named, allClean, force, reviewer(option), versions(drafts, option));
        }
    }

    private int approve(
            Drafts drafts,
            DraftsOption option,
            List<String> ids,
            boolean named,
            boolean allClean,
            boolean force,
            @Nullable String reviewer,
            PublishedVersions versions) {
        Map<Draft, List<Finding>> findings =
                Lint.lint(context, option, drafts.store().root(), drafts.all());
        List<Draft> chosen = named ? drafts.find(ids) : ReviewActions.clean(drafts.all(), findings);
        ReviewActions actions = new ReviewActions(drafts.store(), context.clock(), reviewer);
        PrintWriter out = out();
        int refused = 0;
        for (Draft draft : chosen) {
            ReviewActions.Approval approval =
                    actions.approve(draft, findings.get(draft), force, versions.edited(draft));
            switch (approval.outcome()) {
                case ALREADY_PUBLISHED ->
                    err().printf(
                                    "not approved: %s (%s) is already published%n",
                                    draft.id(), draft.article().draftPath());
                case HAS_ERRORS ->
                    err().printf(
                                    "not approved: %s (%s) has %s; fix it ('seogen review lint %s') or use"
                                            + " --force%n",
                                    draft.id(),
                                    draft.article().draftPath(),
                                    Format.count(approval.errors(), "lint error", "lint errors"),
                                    draft.id());
                case APPROVED ->
                    out.printf("approved: %s %s%n", draft.id(), draft.article().draftPath());
            }
            if (approval.outcome() != ReviewActions.Outcome.APPROVED) {
                refused++;
            }
        }
        out.printf("%d approved%s.%n", chosen.size() - refused, refused > 0 ? ", " + refused + " refused" : "");
        if (allClean && chosen.isEmpty()) {
            long waiting = drafts.all().stream()
                    .filter(d -> d.review().status() == ReviewStatus.DRAFT)
                    .count();
            out.println(
                    waiting == 0
                            ? "No draft is waiting for review: none has status draft ('seogen review list' shows"
                                    + " them all)."
                            : "No draft is clean: each of the " + Format.count(waiting, "draft", "drafts")
                                    + " with status draft has lint errors or warnings ('seogen review lint' lists"
                                    + " them; approve one by id, or with --force).");
        }
        out.flush();
        err().flush();
        return refused > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    @Command(
            name = "reject",
            mixinStandardHelpOptions = true,
            description = "Marks drafts rejected, with a note" + " saying why.")
    int reject(
            @Mixin DraftsOption option,
            @Parameters(arity = "1..*", paramLabel = "ID", description = "Drafts to reject.") List<String> ids,
            @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why; kept in the draft.")
                    String note) {
        if (note.isBlank()) {
            throw new InputException("--note must say why the drafts are rejected");
        }
        DraftStore store = Drafts.store(context, option);
        String reviewer = reviewer(option);
        try (var lock = Locks.drafts(store.root(), "review reject", err())) {
            Drafts drafts = Drafts.open(store, err());
            ReviewActions actions = new ReviewActions(drafts.store(), context.clock(), reviewer);
            for (Draft draft : drafts.find(ids)) {
                actions.reject(draft, note);
                out().printf("rejected: %s %s%n", draft.id(), draft.article().draftPath());
            }
        }
        out().flush();
        return ExitCodes.OK;
    }

    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = "One static HTML page for the"
                    + " batch: counts by status and rule, every draft with its findings and a preview.")
    int report(
            @Mixin DraftsOption drafts,
            @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
                    Path out) {
        Drafts found = Drafts.open(context, drafts, err());
        Path file = context.resolve(out);
        new ReviewReport(null)
                .write(
                        file,
                        found.all(),
                        Lint.lint(context, drafts, found.store().root(), found.all()),
                        now());
        out().printf(
                        "Report of %d drafts: %s (open it in a browser)%n",
                        found.all().size(), file);
        out().flush();
        return ExitCodes.OK;
    }

    /**
     * Who reviews, for {@code reviewed_by}: SEOGEN_REVIEWER, else review.reviewer in seogen.yaml, else the
     * system user name (USER, USERNAME); absent when none is set.
     */
    private @Nullable String reviewer(DraftsOption option) {
        return reviewer(context, option);
    }

    /** See {@link #reviewer(DraftsOption)}; for the review server too. */
    static @Nullable String reviewer(CliContext context, DraftsOption option) {
        String named = context.environment().getOrDefault("SEOGEN_REVIEWER", "");
        if (named.isBlank()) {
            ConfigFile config = SettingsResolver.configFile(context, option.config.file, Settings.keys());
            named = new SettingsResolver(context, config)
                    .resolve(Settings.REVIEWER, null)
                    .value();
        }
        for (String variable : List.of("USER", "USERNAME")) {
            if (named.isBlank()) {
                named = context.environment().getOrDefault(variable, "");
            }
        }
        String line = named.strip().replaceAll("\\s+", " ");
        return line.isEmpty() ? null : line;
    }

    private java.time.Instant now() {
        return context.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** What is live of the published drafts, from the project's state folder beside the drafts or seogen.yaml. */
    private PublishedVersions versions(Drafts drafts, DraftsOption option) {
        return PublishedVersions.load(ProjectFolders.state(
                SettingsResolver.configFile(context, option.config.file, Settings.keys()),
                drafts.store().root()));
    }

    /** The findings of {@code draft} with the lines of its file they are about; as they are if it does not read. */
    private static List<Finding> located(Drafts drafts, Draft draft, List<Finding> findings) {
        if (findings.stream().allMatch(f -> f.severity() == Severity.NOTE)) {
            return findings;
        }
        Path file = drafts.store().pathOf(draft.article());
        try {
            return FindingLines.locate(findings, Files.readString(file));
        } catch (IOException e) {
            return findings; // gone meanwhile: the findings still say where, by name
        }
    }

    private static ReviewStatus parseStatus(String status) {
        try {
            return ReviewStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new InputException("--status: " + e.getMessage());
        }
    }

    private static int words(Draft draft) {
        return WordCount.of(draft.article());
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private void print(Object json) {
        try {
            out().println(OutputFormat.mapper().writeValueAsString(json));
            out().flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** What drafts say reaches the terminal without its control characters. */
    private @Nullable PrintWriter out;

    private @Nullable PrintWriter err;

    private PrintWriter out() {
        if (out == null) {
            out = TerminalSafe.wrap(spec.commandLine().getOut());
        }
        return out;
    }

    private PrintWriter err() {
        if (err == null) {
            err = TerminalSafe.wrap(spec.commandLine().getErr());
        }
        return err;
    }
}
