package dev.seogen.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seogen review}: lint, read, approve and reject drafts. Not built yet: its options are. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Lints the drafts (SEO rules, citations, duplicates, boilerplate) and records each reviewer's"
                    + " decision in the draft's front matter.",
            "An ID is a draft's id (from its front matter) or its slug."
        },
        commandListHeading = "%nCommands:%n")
final class ReviewCommand implements Runnable {
    /** The output formats of list and lint. */
    enum Format {
        table,
        json
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Missing command: give one of list, show, lint, approve, reject, report");
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "One row per draft: id, category," + " title, status, words, errors, warnings.")
    int list(
            @Mixin DraftsOption drafts,
            @Option(
                            names = "--status",
                            paramLabel = "S",
                            description = "Only drafts with this status: draft," + " approved, rejected, published.")
                    @Nullable
                    String status,
            @Option(names = "--category", paramLabel = "C", description = "Only drafts of this category.") @Nullable
                    String category,
            @Option(
                            names = "--format",
                            defaultValue = "table",
                            description = "table or json (default: ${DEFAULT-VALUE}).")
                    Format format) {
        return NotYetAvailable.report(spec.subcommands().get("list").getCommandSpec());
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Shows a draft readably, with its" + " findings.")
    int show(@Mixin DraftsOption drafts, @Parameters(paramLabel = "ID", description = "Id or slug.") String id) {
        return NotYetAvailable.report(spec.subcommands().get("show").getCommandSpec());
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            description = "Every finding with its rule,"
                    + " severity, draft, location and what to fix. Exits 1 when any error is found.")
    int lint(
            @Mixin DraftsOption drafts,
            @Parameters(arity = "0..*", paramLabel = "ID", description = "Drafts to lint (default: all).")
                    List<String> ids,
            @Option(
                            names = "--format",
                            defaultValue = "table",
                            description = "table or json (default: ${DEFAULT-VALUE}).")
                    Format format) {
        return NotYetAvailable.report(spec.subcommands().get("lint").getCommandSpec());
    }

    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = "Marks drafts approved; refuses" + " a draft with lint errors unless --force.")
    int approve(
            @Mixin DraftsOption drafts,
            @Parameters(arity = "0..*", paramLabel = "ID", description = "Drafts to approve.") List<String> ids,
            @Option(names = "--all-clean", description = "Approve every draft without lint errors or warnings.")
                    boolean allClean,
            @Option(names = "--force", description = "Approve even with lint errors.") boolean force) {
        return NotYetAvailable.report(spec.subcommands().get("approve").getCommandSpec());
    }

    @Command(
            name = "reject",
            mixinStandardHelpOptions = true,
            description = "Marks drafts rejected, with a" + " note saying why.")
    int reject(
            @Mixin DraftsOption drafts,
            @Parameters(arity = "1..*", paramLabel = "ID", description = "Drafts to reject.") List<String> ids,
            @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why; kept in the draft.")
                    String note) {
        return NotYetAvailable.report(spec.subcommands().get("reject").getCommandSpec());
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
        return NotYetAvailable.report(spec.subcommands().get("report").getCommandSpec());
    }
}
