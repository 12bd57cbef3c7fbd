package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Resolved;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.Problem;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.TopicList;
import dev.seogen.core.topic.TopicListReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seogen generate}: drafts an article for every topic of a list. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Drafts an article for every topic of a YAML or CSV list: an outline, then each section with its"
                    + " sources, then the intro and summary. Drafts go to DIR/<category>/<slug>.md.",
            "With --dry-run, checks the list and shows what would be drafted without calling any model."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  seogen generate --topics examples/topics.yaml --dry-run",
            "  seogen generate --topics topics.csv --drafts drafts --concurrency 8"
        })
final class GenerateCommand implements Callable<Integer> {
    private static final int QUESTION_COLUMN = 64;
    private static final int CATEGORY_COLUMN = 16;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(
            names = "--topics",
            required = true,
            paramLabel = "FILE",
            description = "Topic list: .yaml/.yml (defaults: + topics:) or .csv with a header row.")
    Path topics;

    @Option(
            names = "--drafts",
            paramLabel = "DIR",
            description = "Drafts folder (env SEOGEN_DRAFTS, seogen.yaml drafts; default: ./drafts).")
    @Nullable
    Path drafts;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            description = "Model calls at the same time (env SEOGEN_LLM_CONCURRENCY, seogen.yaml"
                    + " llm.concurrency; default: 4).")
    @Nullable
    Integer concurrency;

    @Option(names = "--limit", paramLabel = "N", description = "Take only the first N topics of the list.")
    @Nullable
    Integer limit;

    @Option(names = "--dry-run", description = "Check the list and show what would be drafted; call no model.")
    boolean dryRun;

    @Option(names = "--force", description = "Regenerate drafts that exist, even ones edited by hand.")
    boolean force;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConfigFile configFile = SettingsResolver.configFile(context, config.file, Settings.keys());
        SettingsResolver resolver = new SettingsResolver(context, configFile);
        Resolved<Path> draftsFolder = resolver.resolve(Settings.DRAFTS, drafts);
        Resolved<Integer> calls = resolver.resolve(Settings.CONCURRENCY, concurrency);
        if (limit != null && limit < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be 1 or more, got " + limit);
        }
        resolver.validate();

        TopicList list = new TopicListReader().read(context.resolve(topics));
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : list.warnings()) {
            err.println("warning: " + warning);
        }
        List<PlannedTopic> plan = list.plan();
        if (limit != null && limit < plan.size()) {
            plan = plan.subList(0, limit);
        }
        if (!dryRun) {
            return NotYetAvailable.report(spec);
        }
        printPlan(plan, draftsFolder, calls);
        return ExitCodes.OK;
    }

    private void printPlan(List<PlannedTopic> plan, Resolved<Path> draftsFolder, Resolved<Integer> calls) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Settings: drafts " + relative(draftsFolder.value()) + " (" + draftsFolder.origin()
                + "), concurrency " + calls);
        out.println();
        out.printf("%-" + CATEGORY_COLUMN + "s  %-" + QUESTION_COLUMN + "s  %s%n", "CATEGORY", "QUESTION", "DRAFT");
        for (PlannedTopic planned : plan) {
            out.printf(
                    "%-" + CATEGORY_COLUMN + "s  %-" + QUESTION_COLUMN + "s  %s%n",
                    clip(planned.topic().category(), CATEGORY_COLUMN),
                    clip(planned.topic().question(), QUESTION_COLUMN),
                    planned.draftPath());
        }
        long categories = plan.stream().map(p -> p.categorySlug()).distinct().count();
        out.println();
        out.printf(
                "%d %s in %d %s would be drafted to %s/. Dry run: no model was called, nothing was written.%n",
                plan.size(),
                plan.size() == 1 ? "topic" : "topics",
                categories,
                categories == 1 ? "category" : "categories",
                relative(draftsFolder.value()));
        out.flush();
    }

    private String relative(Path path) {
        Path working = context.workingDirectory();
        return path.startsWith(working) && !path.equals(working)
                ? working.relativize(path).toString()
                : path.toString();
    }

    /** At most {@code width} characters, cut between code points so that an emoji is never split. */
    private static String clip(String text, int width) {
        if (text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
    }
}
