package dev.seogen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.core.library.FoundPassage;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.library.IndexReport;
import dev.seogen.library.LibraryIndexer;
import dev.seogen.library.LuceneLibrary;
import dev.seogen.library.SkippedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seogen library}: index the publisher's own documents, search them, list them; all offline. */
@Command(
        name = "library",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "The reference library: a folder of your own documents (.md and .txt with optional YAML front matter,"
                    + " .html, .pdf; library.yaml at its root gives title, url, authors, year, publisher, doi by"
                    + " path) that grounded articles are written from and cite.",
            "The index lives in .seogen/library/ beside seogen.yaml (or beside the library folder when there is"
                    + " no seogen.yaml). Passages are found by BM25 and by in-process embeddings"
                    + " (all-MiniLM-L6-v2), fused: nothing goes over the network."
        },
        commandListHeading = "%nCommands:%n")
final class LibraryCommand implements Runnable {
    /** {@code --library DIR} and {@code --config FILE}, for each of the library's commands. */
    static final class LibraryOption {
        @Option(
                names = "--library",
                paramLabel = "DIR",
                description = "Folder of the documents (env SEOGEN_LIBRARY, seogen.yaml library).")
        @Nullable
        Path folder;

        @Mixin
        ConfigOption config;
    }

    /** The library folder and where its index lives, resolved once. */
    private record Where(Path library, Path index) {}

    private final CliContext context;

    @Spec
    CommandSpec spec;

    LibraryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of index, search, list");
    }

    @Command(
            name = "index",
            mixinStandardHelpOptions = true,
            description = "Builds or updates the index: reads only the files that are new or changed, drops the"
                    + " passages of removed ones, and names every file it skips, with why.")
    int index(@Mixin LibraryOption option) {
        Where where = where(option);
        IndexReport report = new LibraryIndexer().update(where.library(), where.index());
        PrintWriter out = out();
        for (SkippedFile skipped : report.skipped()) {
            out.println("skipped " + skipped.path() + ": " + skipped.reason());
        }
        out.println(summary(report));
        out.flush();
        return ExitCodes.OK;
    }

    /** "48 documents, 1,234 passages; 1 changed, 0 removed": what an update of the index did. */
    static String summary(IndexReport report) {
        return String.format(
                Locale.ROOT,
                "%,d %s, %,d %s; %,d changed, %,d removed",
                report.documents(),
                report.documents() == 1 ? "document" : "documents",
                report.passages(),
                report.passages() == 1 ? "passage" : "passages",
                report.changed(),
                report.removed());
    }

    @Command(
            name = "search",
            mixinStandardHelpOptions = true,
            description = "Shows the passages that a question would be written from, best first.")
    int search(
            @Mixin LibraryOption option,
            @Parameters(paramLabel = "QUERY", description = "The question or words to look for.") String query,
            @Option(
                            names = "--top",
                            paramLabel = "N",
                            defaultValue = "5",
                            description = "How many passages (default: ${DEFAULT-VALUE}).")
                    int top,
            @Option(
                            names = "--format",
                            defaultValue = "table",
                            paramLabel = "table|json",
                            description = "table or json (default: ${DEFAULT-VALUE}).")
                    OutputFormat format) {
        if (top < 1 || top > 1000) {
            throw new ParameterException(spec.commandLine(), "--top must be from 1 to 1000, got " + top);
        }
        Where where = where(option);
        List<FoundPassage> found;
        try (LuceneLibrary library = open(where)) {
            found = library.search(query, top);
        }
        if (format == OutputFormat.json) {
            ObjectNode root = OutputFormat.mapper().createObjectNode().put("query", query);
            ArrayNode results = root.putArray("results");
            for (FoundPassage hit : found) {
                results.addObject()
                        .put("document", hit.document().path())
                        .put("title", hit.document().title())
                        .put("url", hit.document().url())
                        .put("passage", hit.passage().text())
                        .put("score", Math.round(hit.score() * 1e6) / 1e6);
            }
            print(root);
            return ExitCodes.OK;
        }
        PrintWriter out = out();
        int rank = 1;
        for (FoundPassage hit : found) {
            out.printf(
                    Locale.ROOT,
                    "%d. %s  (%.4f)  %s%n",
                    rank++,
                    hit.document().path(),
                    hit.score(),
                    hit.document().title());
            out.println("   " + Format.clip(hit.passage().text().replaceAll("\\s+", " "), 200));
        }
        out.println(
                found.isEmpty()
                        ? "Nothing in the library matches."
                        : Format.count(found.size(), "passage", "passages"));
        out.flush();
        return ExitCodes.OK;
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "One row per indexed document: its path, passages, title and URL.")
    int list(
            @Mixin LibraryOption option,
            @Option(
                            names = "--format",
                            defaultValue = "table",
                            paramLabel = "table|json",
                            description = "table or json (default: ${DEFAULT-VALUE}).")
                    OutputFormat format) {
        Where where = where(option);
        List<LibraryDocument> documents;
        Map<String, Integer> passages;
        try (LuceneLibrary library = open(where)) {
            documents = library.documents();
            passages = library.passageCounts();
        }
        if (format == OutputFormat.json) {
            ObjectNode root = OutputFormat.mapper()
                    .createObjectNode()
                    .put("library", where.library().toString());
            ArrayNode rows = root.putArray("documents");
            for (LibraryDocument document : documents) {
                ObjectNode row = rows.addObject()
                        .put("document", document.path())
                        .put("title", document.title())
                        .put("url", document.url());
                document.authors().forEach(row.putArray("authors")::add);
                row.put("year", document.year())
                        .put("publisher", document.publisher())
                        .put("doi", document.doi())
                        .put("passages", passages.getOrDefault(document.path(), 0));
            }
            print(root);
            return ExitCodes.OK;
        }
        PrintWriter out = out();
        out.printf("%-40s  %8s  %s%n", "DOCUMENT", "PASSAGES", "TITLE");
        for (LibraryDocument document : documents) {
            out.printf(
                    "%-40s  %8d  %s%s%n",
                    document.path(),
                    passages.getOrDefault(document.path(), 0),
                    document.title(),
                    document.url() == null ? "" : "  <" + document.url() + ">");
        }
        out.println(Format.count(documents.size(), "document", "documents"));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The library folder (--library, SEOGEN_LIBRARY, library: in seogen.yaml) and its index, in the project's
     * {@code .seogen/}: beside the config file, else beside the library folder, as generate will look for it.
     */
    private Where where(LibraryOption option) {
        ConfigFile config = SettingsResolver.configFile(context, option.config.file, Settings.keys());
        SettingsResolver resolver = new SettingsResolver(context, config);
        String library = resolver.resolve(Settings.LIBRARY, option.folder).value();
        resolver.validate();
        if (library.isEmpty()) {
            throw new InputException("no library folder given: name the folder of your documents with --library DIR"
                    + " (or library: in seogen.yaml, SEOGEN_LIBRARY)");
        }
        Path folder = Path.of(library);
        checkFolder(folder);
        return new Where(folder, indexOf(config, folder));
    }

    /** Refuses a library folder that does not exist (exit 2), saying how to name one. */
    static void checkFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException("the library folder " + folder + " does not exist"
                    + (Files.exists(folder) ? " as a folder (it is a file)" : "")
                    + "; name the folder of your documents with --library DIR (or library: in seogen.yaml,"
                    + " SEOGEN_LIBRARY)");
        }
    }

    /** Where the index of {@code folder} lives: the project's {@code .seogen/library/}. */
    static Path indexOf(ConfigFile config, Path folder) {
        return ProjectFolders.state(config, folder).resolve("library");
    }

    /** The index, refused when it was built from another folder than the one named now. */
    private static LuceneLibrary open(Where where) {
        String built = LuceneLibrary.libraryOf(where.index()).orElse("");
        String named;
        try {
            named = where.library().toRealPath().toString();
        } catch (IOException e) {
            named = where.library().toString();
        }
        if (!built.isEmpty() && !built.equals(named)) {
            throw new InputException("the library index in " + where.index() + " was built from " + built + ", not "
                    + named + "; run 'seogen library index --library " + where.library() + "' to build it for this"
                    + " folder");
        }
        return LuceneLibrary.open(where.index());
    }

    private void print(ObjectNode node) {
        try {
            PrintWriter out = out();
            out.println(OutputFormat.mapper().writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
        }
    }

    /** The command's output, with control characters dropped: documents' text and names are not ours. */
    private PrintWriter out() {
        return TerminalSafe.wrap(spec.commandLine().getOut());
    }
}
