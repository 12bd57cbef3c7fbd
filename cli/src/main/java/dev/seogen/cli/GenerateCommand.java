package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Resolved;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.TopicList;
import dev.seogen.core.topic.TopicListReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code seogen generate}: drafts an article for every topic of a list. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        sortOptions = false,
        description = {
            "Drafts an article for every topic of a YAML or CSV list: an outline, then each section with its"
                    + " sources, then the intro and summary. Drafts go to DIR/<category>/<slug>.md.",
            "With --dry-run, checks the list and the settings and shows what would be drafted, calling no model."
        },
        footerHeading = "%nEvery model option also reads SEOGEN_LLM_<NAME> (SEOGEN_LLM_REQUESTS_PER_MINUTE…) and"
                + " seogen.yaml llm.<name>; a flag wins over the environment, which wins over the file.%n%nExamples:%n",
        footer = {
            "  seogen generate --topics examples/topics.yaml --dry-run",
            "  OPENAI_API_KEY=sk-… seogen generate --topics topics.csv --concurrency 8",
            "  seogen generate --topics topics.yaml --base-url http://localhost:11434/v1 --model llama3.1"
        })
final class GenerateCommand implements Callable<Integer> {
    private static final int QUESTION_COLUMN = 64;
    private static final int CATEGORY_COLUMN = 16;
    /** Where answers are cached, next to the drafts' project: the working folder. */
    private static final String STATE_FOLDER = ".seogen";

    private final CliContext context;

    @Spec
    CommandSpec spec;

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

    @Mixin
    ConfigOption config;

    @Option(names = "--limit", paramLabel = "N", description = "Take only the first N topics of the list.")
    @Nullable
    Integer limit;

    @Option(
            names = "--dry-run",
            description = "Check the list and settings, show what would be drafted; no model call.")
    boolean dryRun;

    @Option(names = "--force", description = "Regenerate drafts that exist, even ones edited by hand.")
    boolean force;

    @Mixin
    LlmOptions llm;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GenerateSettings settings = settings();
        TopicList list = new TopicListReader().read(settings.topics());
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : list.warnings()) {
            err.println("warning: " + warning);
        }
        List<PlannedTopic> plan = list.plan();
        if (settings.limit() != null && settings.limit() < plan.size()) {
            plan = plan.subList(0, settings.limit());
        }
        if (!settings.dryRun()) {
            requireKey(settings);
            return NotYetAvailable.report(spec);
        }
        printPlan(plan, settings);
        return ExitCodes.OK;
    }

    /** Resolves and validates every setting before any work starts. */
    private GenerateSettings settings() {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, got " + limit);
        }
        ConfigFile configFile = SettingsResolver.configFile(context, config.file, Settings.keys());
        SettingsResolver resolver = new SettingsResolver(context, configFile);
        List<String> shown = new ArrayList<>();
        Resolved<Path> draftsFolder = resolver.resolve(Settings.DRAFTS, drafts);
        shown.add("drafts: " + relative(draftsFolder.value()) + " (" + draftsFolder.origin() + ")");
        Path state = context.resolve(Path.of(STATE_FOLDER));
        var model = llm.resolve(resolver, context, state.resolve("cache"), shown);
        return new GenerateSettings(
                context.resolve(topics), draftsFolder.value(), state, model, limit, dryRun, force, llm.verbose, shown);
    }

    private static void requireKey(GenerateSettings settings) {
        if (settings.llm().needsKey() && !settings.llm().apiKey().isPresent()) {
            throw new InputException("no API key for " + settings.llm().baseUrl() + ": set SEOGEN_LLM_API_KEY (or "
                    + settings.llm().provider().keyVariable() + "), or name a key file in llm.api-key-file."
                    + " Nothing was done.");
        }
    }

    private void printPlan(List<PlannedTopic> plan, GenerateSettings settings) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Settings:");
        settings.shown().forEach(line -> out.println("  " + line));
        out.println();
        out.printf("%-" + CATEGORY_COLUMN + "s  %-" + QUESTION_COLUMN + "s  %s%n", "CATEGORY", "QUESTION", "DRAFT");
        for (PlannedTopic planned : plan) {
            out.printf(
                    "%-" + CATEGORY_COLUMN + "s  %-" + QUESTION_COLUMN + "s  %s%n",
                    clip(planned.topic().category(), CATEGORY_COLUMN),
                    clip(planned.topic().question(), QUESTION_COLUMN),
                    planned.draftPath());
        }
        long categories =
                plan.stream().map(PlannedTopic::categorySlug).distinct().count();
        out.println();
        out.printf(
                "%d %s in %d %s would be drafted to %s/. Dry run: no model was called, nothing was written.%n",
                plan.size(),
                plan.size() == 1 ? "topic" : "topics",
                categories,
                categories == 1 ? "category" : "categories",
                relative(settings.drafts()));
        if (settings.llm().needsKey() && !settings.llm().apiKey().isPresent()) {
            out.println("Before a real run, set SEOGEN_LLM_API_KEY (or "
                    + settings.llm().provider().keyVariable() + "): "
                    + settings.llm().baseUrl() + " needs a key.");
        }
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
