package dev.seogen.cli;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.pipeline.ArticleOutcome;
import dev.seogen.core.pipeline.BatchGenerator;
import dev.seogen.core.pipeline.GroundedLibrary;
import dev.seogen.core.pipeline.RunReport;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Severity;
import dev.seogen.core.topic.TopicListReader;
import dev.seogen.library.LuceneLibrary;
import dev.seogen.publish.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seogen demo}: generate, lint, approve and publish the bundled topics with the stand-in model. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Runs the whole flow on the bundled example topics (8 questions in 3 categories, and one more written"
                    + " from a small bundled reference library, citing its documents): generate with a built-in"
                    + " stand-in model (canned answers, no network, no key), lint, approve the drafts without"
                    + " errors or warnings, publish. Prints where the site is and how to open it.",
            "Running it again keeps the drafts and publishes again."
        })
final class DemoCommand implements Callable<Integer> {
    private static final String NOTICE =
            "Demo: written by seogen's built-in stand-in model (canned answers)," + " not by a live language model.";

    /** The bundled reference library's documents, under {@code demo/library/}. */
    private static final List<String> LIBRARY =
            List.of("cache-control.md", "revalidation.md", "shared-caches.md", "release-notes.md");

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "seogen-demo",
            description = "Folder for the" + " demo's topics, drafts, state and site (default: ${DEFAULT-VALUE}).")
    Path out;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = TerminalSafe.wrap(spec.commandLine().getOut());
        PrintWriter err = TerminalSafe.wrap(spec.commandLine().getErr());
        Path folder = context.resolve(out);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException(Problem.ofFile(
                    folder,
                    "is a file, not a folder; give --out a folder for the"
                            + " demo (it is made if it does not exist)"));
        }
        Path topics = folder.resolve("topics.yaml");
        copy("topics.yaml", topics);
        Path groundedTopics = folder.resolve("library-topics.yaml");
        copy("library-topics.yaml", groundedTopics);
        Path libraryFolder = folder.resolve("library");
        for (String document : LIBRARY) {
            copy("library/" + document, libraryFolder.resolve(document));
        }
        stdout.println("seogen demo in " + folder);
        stdout.println("Model: the built-in stand-in (canned answers for the bundled topics; no network, no key).");

        DraftStore store = new DraftStore(folder.resolve("drafts"));
        try (LuceneLibrary library =
                LuceneLibrary.updateAndOpen(libraryFolder, folder.resolve(".seogen/library"), report -> {})) {
            return run(folder, topics, groundedTopics, store, library, stdout, err);
        }
    }

    private int run(
            Path folder,
            Path topics,
            Path groundedTopics,
            DraftStore store,
            LuceneLibrary library,
            PrintWriter stdout,
            PrintWriter err) {
        RunReport report = new BatchGenerator(
                        new StandInModel(),
                        store,
                        folder.resolve(".seogen"),
                        4,
                        context.clock(),
                        new StandInRegistry(context.clock()))
                .run(new TopicListReader().read(topics).plan(), false, Progress.of(context, System.err, err));
        RunReport grounded = new BatchGenerator(
                        new StandInModel(),
                        store,
                        folder.resolve(".seogen"),
                        4,
                        context.clock(),
                        null,
                        new GroundedLibrary(library, library, "library", false))
                .run(new TopicListReader().read(groundedTopics).plan(), false, Progress.of(context, System.err, err));
        stdout.printf(
                "1. generate: %d drafted, %d already there, %d failed → %s (%s from the library in %s)%n",
                report.count(ArticleOutcome.Status.GENERATED) + grounded.count(ArticleOutcome.Status.GENERATED),
                report.count(ArticleOutcome.Status.SKIPPED) + grounded.count(ArticleOutcome.Status.SKIPPED),
                report.count(ArticleOutcome.Status.FAILED) + grounded.count(ArticleOutcome.Status.FAILED),
                folder.relativize(store.root()),
                Format.count(grounded.outcomes().size(), "article", "articles"),
                folder.relativize(folder.resolve("library")));

        Drafts drafts = Drafts.open(store, err);
        Map<Draft, List<Finding>> findings;
        try (Lint lint = Lint.with(library)) {
            findings = lint.lint(drafts.all());
        }
        long errors = findings.values().stream()
                .flatMap(List::stream)
                .filter(f -> f.severity() == Severity.ERROR)
                .count();
        long warnings = findings.values().stream()
                .flatMap(List::stream)
                .filter(f -> f.severity() == Severity.WARNING)
                .count();
        stdout.printf(
                "2. review lint: %d drafts, %d errors, %d warnings%n",
                drafts.all().size(), errors, warnings);

        Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        // As 'review approve --all-clean' does: drafts with a finding are left for a person to look at.
        int approved = 0;
        List<String> left = new ArrayList<>();
        for (Draft draft : drafts.all()) {
            boolean clean = findings.get(draft).stream().allMatch(f -> f.severity() == Severity.NOTE);
            if (draft.review().status() == ReviewStatus.DRAFT && clean) {
                store.write(draft.withReview(new Review(ReviewStatus.APPROVED, null, now)));
                approved++;
            } else if (draft.review().status() == ReviewStatus.DRAFT) {
                left.add(draft.id());
            }
        }
        stdout.printf(
                "3. review approve --all-clean: %s approved%s%n",
                Format.count(approved, "draft", "drafts"),
                left.isEmpty()
                        ? ""
                        : "; "
                                + (left.size() == 1
                                        ? "1 draft has a warning and waits"
                                        : left.size() + " drafts have a warning and wait")
                                + " for you: seogen review lint --drafts "
                                + folder.resolve("drafts") + " " + String.join(" ", left));

        SiteSettings site = new SiteSettings(
                        folder.resolve("site"),
                        URI.create("http://localhost:8000/"),
                        "seogen demo",
                        LanguageTag.ENGLISH,
                        "seogen demo",
                        "seogen",
                        "Get new articles in your feed reader",
                        URI.create("http://localhost:8000/feed.xml"),
                        null,
                        null,
                        NOTICE)
                .withDescriptions(
                        "Plain answers about DNS, email, the web and language models",
                        Map.of(
                                "dns",
                                "How names on the internet find their servers: records, caching and the"
                                        + " signatures that keep answers honest.",
                                "smtp",
                                "How e-mail travels and gets delivered: authentication with SPF, DKIM and"
                                        + " DMARC, encryption in transit, and staying out of spam folders.",
                                "llm",
                                "What large language models are, how they are adapted to a task, and what"
                                        + " they cost to run.",
                                "http",
                                "How the web's requests and responses work, and how caches decide what they"
                                        + " may reuse."))
                .withDefaultLanguageAtRoot(true); // English where it always was, the French version under /fr/
        Publishing.Outcome published =
                Publishing.publish(store, err, site, false, false, false, now, folder.resolve(".seogen"));
        stdout.printf(
                "4. publish: %d articles, %d files → %s%n",
                published.result().articles(),
                published.result().files(),
                folder.relativize(published.result().folder()));
        stdout.println();
        stdout.println("The site is in " + published.result().folder() + ". To look at it:");
        stdout.println(
                "  python3 -m http.server --directory " + published.result().folder() + " 8000");
        stdout.println("  then open http://localhost:8000/ in a browser.");
        stdout.println("Every page says in its footer that the stand-in model wrote it.");
        stdout.flush();
        return report.count(ArticleOutcome.Status.FAILED) + grounded.count(ArticleOutcome.Status.FAILED) > 0
                ? ExitCodes.SOME_FAILED
                : ExitCodes.OK;
    }

    /** Copies a bundled file of the demo, unless a file is there already (it may be the user's edit). */
    private static void copy(String resource, Path target) {
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                try (InputStream in = Objects.requireNonNull(
                        DemoCommand.class.getResourceAsStream("/demo/" + resource), "demo/" + resource)) {
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
