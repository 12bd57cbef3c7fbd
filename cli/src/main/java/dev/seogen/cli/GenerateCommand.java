package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Resolved;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.pipeline.ArticleOutcome;
import dev.seogen.core.pipeline.BatchGenerator;
import dev.seogen.core.pipeline.Estimate;
import dev.seogen.core.pipeline.GroundedLibrary;
import dev.seogen.core.pipeline.RunReport;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.core.topic.PlannedTopic;
import dev.seogen.core.topic.Shard;
import dev.seogen.core.topic.Topic;
import dev.seogen.core.topic.TopicList;
import dev.seogen.core.topic.TopicListReader;
import dev.seogen.library.LuceneLibrary;
import dev.seogen.llm.LlmArticleModel;
import dev.seogen.llm.Prices;
import dev.seogen.llm.Ticker;
import dev.seogen.sources.HttpSourceChecker;
import dev.seogen.sources.SourceCheckConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
            "A run that stops (Ctrl-C, a crash, kill -9) resumes where it was when run again: finished drafts are"
                    + " skipped, finished steps are not paid for twice. Drafts that exist are never overwritten"
                    + " without --force.",
            "With --dry-run, checks the list and the settings and shows what would be drafted, calling no model."
        },
        footerHeading = "%nEvery model option also reads SEOGEN_LLM_<NAME> (SEOGEN_LLM_REQUESTS_PER_MINUTE…) and"
                + " seogen.yaml llm.<name>; a flag wins over the environment, which wins over the file.%n%n"
                + "Which API key goes where, first found first:%n"
                + "  --api-key-file FILE    sent to whatever the base URL is%n"
                + "  SEOGEN_LLM_API_KEY     sent to whatever the base URL is%n"
                + "  OPENAI_API_KEY         sent only to https://api.openai.com/v1%n"
                + "  ANTHROPIC_API_KEY      sent only to https://api.anthropic.com/v1%n"
                + "  llm.api-key-file       (SEOGEN_LLM_API_KEY_FILE or seogen.yaml) sent to whatever the base URL is%n"
                + "A provider's own key never goes to another server: for any other endpoint, set SEOGEN_LLM_API_KEY.%n%n"
                + "Exit codes: 0 every article drafted or skipped; 1 some failed (see the report); 2 bad input;"
                + " 3 the model endpoint cannot be used.%n%nExamples:%n",
        footer = {
            "  seogen generate --topics examples/topics.yaml --dry-run",
            "  OPENAI_API_KEY=sk-… seogen generate --topics topics.csv --concurrency 8",
            "  seogen generate --topics topics.yaml --base-url http://localhost:11434/v1 --model llama3.1",
            "  seogen generate --topics topics.yaml --translate fr --from en"
        })
final class GenerateCommand implements Callable<Integer> {
    private static final int QUESTION_COLUMN = 64;
    private static final int CATEGORY_COLUMN = 16;
    private static final int LANGUAGE_COLUMN = 5;
    /** Cache, journal and run reports live in the working folder, next to the drafts they are about. */
    private static final DateTimeFormatter REPORT_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

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

    @Option(names = "--only", paramLabel = "CATEGORY", description = "Take only the topics of this category.")
    @Nullable
    String only;

    @Option(
            names = "--shard",
            paramLabel = "i/n",
            description = "Take a stable share of the topics, i from 0 to n-1, so that n machines split one list"
                    + " (see docs/kubernetes.md).")
    @Nullable
    String shard;

    @Option(names = "--limit", paramLabel = "N", description = "Take only the first N topics (after --only, --shard).")
    @Nullable
    Integer limit;

    @Option(
            names = "--dry-run",
            description = "Check the list and settings, show what would be drafted and an"
                    + " estimate of calls, tokens and cost; call no model.")
    boolean dryRun;

    @Option(
            names = "--library",
            paramLabel = "DIR",
            description = "Write every article from this reference library (env SEOGEN_LIBRARY, seogen.yaml"
                    + " library): the index is brought up to date first, the outline chooses its sources among the"
                    + " documents found for the question, each section is written from passages found for its"
                    + " heading. A topic it has nothing relevant on fails (library.fallback: model writes it from"
                    + " the model alone).")
    @Nullable
    Path library;

    @Option(names = "--force", description = "Regenerate drafts that exist, even ones edited by hand.")
    boolean force;

    @Option(
            names = "--redo-rejected",
            description = "Write the drafts a reviewer rejected again, with the reviewer's note as an instruction"
                    + " to the model; each rejected version is kept beside it as <slug>.rejected.md.")
    boolean redoRejected;

    @Option(
            names = "--translate",
            paramLabel = "LANG",
            description = "Write only the versions in LANG, each translated from the approved version of its key in"
                    + " the --from language, keeping its sections and sources (a topic's translate_from does the"
                    + " same for one topic).")
    @Nullable
    String translate;

    @Option(
            names = "--from",
            paramLabel = "LANG",
            description = "The language --translate translates from; its version must be approved.")
    @Nullable
    String from;

    @Option(
            names = "--no-verify-sources",
            description = "Do not check the outline's sources before writing (sources.verify, env"
                    + " SEOGEN_SOURCES_VERIFY; default: check them against Crossref, arXiv and the web, and send"
                    + " those that do not exist back to the model).")
    boolean noVerifySources;

    @Mixin
    LlmOptions llm;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GenerateSettings settings = settings();
        TopicList list = new TopicListReader(settings.topicsMaxSize(), "topics.max-size (SEOGEN_TOPICS_MAX_SIZE)")
                .read(settings.topics());
        PrintWriter err = TerminalSafe.wrap(spec.commandLine().getErr());
        for (Problem warning : list.warnings()) {
            err.println("warning: " + warning);
        }
        List<PlannedTopic> plan = select(translations(list, list.plan()), settings);
        if (plan.isEmpty()) {
            throw new InputException("no topic of " + settings.topics() + " is left after --only " + settings.only()
                    + " and --shard " + settings.shard() + "; nothing to do");
        }
        if (settings.dryRun()) {
            printPlan(plan, settings);
            return ExitCodes.OK;
        }
        requireKey(settings);
        try (var lock = Locks.generate(
                settings.drafts(),
                settings.shard(),
                TerminalSafe.wrap(spec.commandLine().getErr()))) {
            AtomicFile.removeLeftovers(settings.drafts(), 2);
            return run(plan, settings);
        }
    }

    /** Resolves and validates every setting before any work starts. */
    private GenerateSettings settings() {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, got " + limit);
        }
        Shard share;
        try {
            share = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
        }
        ConfigFile configFile = SettingsResolver.configFile(context, config.file, Settings.keys());
        SettingsResolver resolver = new SettingsResolver(context, configFile);
        List<String> shown = new ArrayList<>();
        Resolved<Path> draftsFolder = resolver.resolve(Settings.DRAFTS, drafts);
        shown.add("drafts: " + relative(draftsFolder.value()) + " (" + draftsFolder.origin() + ")");
        if (Files.exists(draftsFolder.value()) && !Files.isDirectory(draftsFolder.value())) {
            throw new InputException(Problem.ofFile(
                    draftsFolder.value(),
                    "is a file, not a folder; the drafts folder (" + draftsFolder.origin() + ") must be a folder"));
        }
        Path state = ProjectFolders.state(configFile, draftsFolder.value());
        long draftsMaxSize = resolver.resolve(Settings.DRAFTS_MAX_SIZE, null).value();
        long topicsMaxSize = resolver.resolve(Settings.TOPICS_MAX_SIZE, null).value();
        GenerateSettings.LibraryChoice grounded = library(resolver, configFile, shown);
        boolean verify = !noVerifySources
                && resolver.resolve(Settings.SOURCES_VERIFY, null).value();
        SourceCheckConfig sources = verify ? SourceOptions.resolve(resolver, state, false) : null;
        shown.add("sources: "
                + (grounded != null ? "from the library; for a topic written from the model alone, " : "")
                + (verify ? "checked before sections are written" : "not checked")
                + (noVerifySources ? " (--no-verify-sources)" : ""));
        var model = llm.resolve(resolver, context, state.resolve("cache"), shown); // validates every setting
        return new GenerateSettings(
                context.resolve(topics),
                draftsFolder.value(),
                state,
                draftsMaxSize,
                topicsMaxSize,
                sources,
                grounded,
                model,
                limit,
                only,
                share,
                dryRun,
                force,
                llm.verbose,
                shown);
    }

    /** The library to write from (--library, SEOGEN_LIBRARY, library:), or null for none; checked before work starts. */
    private GenerateSettings.@Nullable LibraryChoice library(
            SettingsResolver resolver, ConfigFile configFile, List<String> shown) {
        Resolved<String> folder = resolver.resolve(Settings.LIBRARY, library);
        boolean fallback = resolver.resolve(Settings.LIBRARY_FALLBACK, null).value();
        double floor =
                resolver.resolve(Settings.LIBRARY_MIN_RELEVANCE, null).value().doubleValue();
        if (folder.value().isEmpty()) {
            shown.add("library: none, articles are written from the model alone");
            return null;
        }
        Path path = Path.of(folder.value());
        LibraryCommand.checkFolder(path);
        shown.add(String.format(
                java.util.Locale.ROOT,
                "library: %s (%s); a topic with no passage at least %.2f similar to it %s",
                relative(path),
                folder.origin(),
                floor,
                fallback ? "is written from the model alone (library.fallback: model)" : "fails"));
        return new GenerateSettings.LibraryChoice(path, LibraryCommand.indexOf(configFile, path), fallback, floor);
    }

    /** With --translate and --from: only the versions in that language, each translated from the other. */
    private List<PlannedTopic> translations(TopicList list, List<PlannedTopic> plan) {
        if (translate == null && from == null) {
            return plan;
        }
        if (translate == null || from == null) {
            throw new ParameterException(
                    spec.commandLine(), "--translate and --from go together, e.g. --translate fr --from en");
        }
        LanguageTag into = tag("--translate", translate);
        LanguageTag source = tag("--from", from);
        if (into.equals(source)) {
            throw new ParameterException(spec.commandLine(), "--translate and --from name the same language, " + into);
        }
        List<PlannedTopic> versions = plan.stream()
                .filter(p -> p.topic().language().equals(into) && p.topic().hasKey())
                .map(p -> p.withTopic(p.topic().translatedFrom(source)))
                .toList();
        if (versions.isEmpty()) {
            throw new InputException("no topic of " + list.file() + " has a version in " + into + " with a key to"
                    + " translate; give the versions of an article one key: (or list languages: [" + source
                    + ", " + into + "]). Nothing was done.");
        }
        return versions;
    }

    private LanguageTag tag(String option, String text) {
        try {
            return new LanguageTag(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private static List<PlannedTopic> select(List<PlannedTopic> plan, GenerateSettings settings) {
        String category = settings.only();
        List<PlannedTopic> selected = plan.stream()
                .filter(p -> category == null
                        || p.topic().category().equalsIgnoreCase(category)
                        || p.categorySlug().value().equals(category))
                .filter(p -> settings.shard().includes(p.topic()))
                .toList();
        Integer first = settings.limit();
        return first != null && first < selected.size() ? selected.subList(0, first) : selected;
    }

    private static void requireKey(GenerateSettings settings) {
        if (settings.llm().needsKey() && !settings.llm().apiKey().isPresent()) {
            throw new InputException("no API key for " + settings.llm().baseUrl() + ": set SEOGEN_LLM_API_KEY (or "
                    + settings.llm().provider().keyVariable() + "), or name a key file in llm.api-key-file."
                    + " Nothing was done.");
        }
    }

    private int run(List<PlannedTopic> plan, GenerateSettings settings) {
        PrintWriter out = TerminalSafe.wrap(spec.commandLine().getOut());
        PrintWriter err = TerminalSafe.wrap(spec.commandLine().getErr());
        Consumer<String> requests = settings.verbose() ? line -> logTo(err, line) : line -> {};
        LlmArticleModel model =
                new LlmArticleModel(settings.llm(), Ticker.system(), requests, line -> logTo(err, line));
        LuceneLibrary library = openLibrary(settings.library(), err);
        HttpSourceChecker checker =
                settings.sources() == null ? null : new HttpSourceChecker(settings.sources(), context.clock());
        BatchGenerator batch = new BatchGenerator(
                model,
                new DraftStore(settings.drafts(), settings.draftsMaxSize()),
                settings.stateFolder(),
                settings.llm().concurrency(),
                context.clock(),
                checker,
                library == null
                        ? null
                        : new GroundedLibrary(
                                library,
                                library,
                                relative(settings.library().folder()),
                                settings.library().fallbackToModel(),
                                settings.library().minRelevance()));
        // Ctrl-C: start no new article, let those under way finish their step, and still write the report.
        CountDownLatch reported = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            batch.cancel("interrupted (Ctrl-C)");
            try {
                reported.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        RunReport report;
        try {
            report = batch.run(plan, settings.force(), redoRejected, Progress.of(context, System.err, err))
                    .withModel(model.removedCharacters(), model.notes());
        } finally {
            if (checker != null) {
                checker.close();
            }
            if (library != null) {
                library.close();
            }
        }
        if (checker != null && checker.sawNoNetwork()) {
            err.println("note: no registry or site could be reached, so no source was checked (each is unknown);"
                    + " run 'seogen review verify' when online.");
        }
        Path reportFile =
                settings.stateFolder().resolve("runs").resolve(REPORT_NAME.format(report.started()) + ".json");
        String reportShown = relative(reportFile);
        boolean written = true;
        try {
            report.write(reportFile);
        } catch (UncheckedIOException e) {
            // A full disk, say: the summary still names every failed article, here rather than in the report.
            reportShown = "not written (" + e.getMessage() + ")";
            written = false;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and the report is written
        }
        RunSummary.print(
                report,
                relative(settings.drafts()),
                reportShown,
                !settings.llm().prices().equals(Prices.FREE),
                written,
                out);
        if (model.removedCharacters() > 0) {
            out.println(Format.count(model.removedCharacters(), "control character", "control characters")
                    + " (NUL and the like) removed from model text.");
        }
        reported.countDown();
        if (report.modelUnusable()) {
            err.println("seogen generate: stopped: " + report.stoppedBecause());
            return ExitCodes.MODEL_UNUSABLE;
        }
        return report.count(ArticleOutcome.Status.FAILED) > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** The library's index, brought up to date (only changed files are read), or null when there is no library. */
    private @Nullable LuceneLibrary openLibrary(GenerateSettings.@Nullable LibraryChoice choice, PrintWriter err) {
        if (choice == null) {
            return null;
        }
        PrintWriter safe = TerminalSafe.wrap(err); // file names are not ours
        return LuceneLibrary.updateAndOpen(choice.folder(), choice.index(), report -> {
            report.skipped()
                    .forEach(skipped -> safe.println("library: skipped " + skipped.path() + ": " + skipped.reason()));
            safe.println("library " + relative(choice.folder()) + ": " + LibraryCommand.summary(report));
            safe.flush();
        });
    }

    private static void logTo(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    private void printPlan(List<PlannedTopic> plan, GenerateSettings settings) {
        PrintWriter out = TerminalSafe.wrap(spec.commandLine().getOut());
        out.println("Settings:");
        settings.shown().forEach(line -> out.println("  " + line));
        out.println();
        String row = "%-" + CATEGORY_COLUMN + "s  %-" + QUESTION_COLUMN + "s  %-" + LANGUAGE_COLUMN + "s  %s%n";
        out.printf(row, "CATEGORY", "QUESTION", "LANG", "DRAFT");
        for (PlannedTopic planned : plan) {
            Topic topic = planned.topic();
            out.printf(
                    row,
                    Format.clip(topic.category(), CATEGORY_COLUMN),
                    Format.clip(topic.question(), QUESTION_COLUMN),
                    topic.language(),
                    planned.draftPath()
                            + (topic.translateFrom() == null
                                    ? ""
                                    : " (translated from " + topic.translateFrom() + ")"));
        }
        long categories =
                plan.stream().map(PlannedTopic::categorySlug).distinct().count();
        out.println();
        out.printf(
                "%s in %s would be drafted to %s/. Dry run: no model was called, nothing was written.%n",
                Format.count(plan.size(), "topic", "topics"),
                Format.count(categories, "category", "categories"),
                relative(settings.drafts()));
        printEstimate(plan, settings, out);
        if (settings.llm().needsKey() && !settings.llm().apiKey().isPresent()) {
            out.println("Before a real run, set SEOGEN_LLM_API_KEY (or "
                    + settings.llm().provider().keyVariable() + "): "
                    + settings.llm().baseUrl() + " needs a key.");
        }
        out.flush();
    }

    private void printEstimate(List<PlannedTopic> plan, GenerateSettings settings, PrintWriter out) {
        DraftStore store = new DraftStore(settings.drafts(), settings.draftsMaxSize());
        List<PlannedTopic> toDraft = settings.force()
                ? plan
                : plan.stream()
                        .filter(p -> !Files.exists(store.pathOf(p.categorySlug(), p.slug())))
                        .toList();
        Estimate estimate = Estimate.of(toDraft);
        TokenUsage tokens = new TokenUsage(estimate.inputTokens(), estimate.outputTokens());
        out.printf(
                "Estimate: %d to draft (%d exist already): about %,d model calls, %s input and %s output tokens;"
                        + " %s.%n",
                toDraft.size(),
                plan.size() - toDraft.size(),
                estimate.calls(),
                Format.tokens(tokens.input()),
                Format.tokens(tokens.output()),
                cost(settings, settings.llm().prices().cost(tokens)));
    }

    private static String cost(GenerateSettings settings, BigDecimal amount) {
        return settings.llm().prices().equals(Prices.FREE)
                ? "set llm.price-input and llm.price-output to see the cost"
                : "cost about " + Format.money(amount) + " (less where answers are cached)";
    }

    private String relative(Path path) {
        Path working = context.workingDirectory();
        return path.startsWith(working) && !path.equals(working)
                ? working.relativize(path).toString()
                : path.toString();
    }
}
