package dev.seogen.cli;

import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.publish.SiteSettings;
import dev.seogen.review.server.ReviewServer;
import dev.seogen.review.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seogen review serve}: the review web app on 127.0.0.1, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Serves the review of the drafts on 127.0.0.1 (this machine only) and prints its address. The queue"
                    + " lists the drafts worst first, filtered by status, category, rule and severity; a draft's"
                    + " page shows it as the site will, each finding beside the part it is about, each source"
                    + " with its check. Approve, Reject (with a Note), Edit (the whole file; Save lints it again)."
                    + " Keys: j/k next and previous, a approve, r reject, e edit.",
            "Changes go through the same code as 'seogen review approve' and 'reject' (lint before approve, atomic"
                    + " writes, the drafts folder's lock). A save of a draft that changed on disk since it was"
                    + " opened is refused. Requests need the page's token, and Host and Origin must be the"
                    + " server's own address. Stop it with Ctrl-C."
        })
final class ReviewServeCommand implements Callable<Integer> {
    private final CliContext context;
    private final Consumer<ReviewServer> whileRunning;

    @Spec
    CommandSpec spec;

    @Mixin
    DraftsOption option;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8070",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 takes any free port).")
    int port;

    @Option(names = "--open", description = "Open the queue in the browser once the server runs.")
    boolean open;

    ReviewServeCommand(CliContext context) {
        this(context, ReviewServeCommand::untilStopped);
    }

    /** With {@code whileRunning} called once the server answers; the server stops when it returns. */
    ReviewServeCommand(CliContext context, Consumer<ReviewServer> whileRunning) {
        this.context = context;
        this.whileRunning = whileRunning;
    }

    @Override
    public Integer call() {
        DraftStore store = Drafts.store(context, option);
        Path state = ProjectFolders.state(
                SettingsResolver.configFile(context, option.config.file, Settings.keys()), store.root());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Lint lint = Lint.open(context, option, store.root());
                ReviewServer server = ReviewServer.start(new ServerSettings(
                        store,
                        site(),
                        context.clock(),
                        ReviewCommand.reviewer(context, option),
                        port,
                        () -> PublishedVersions.load(state).hashes(),
                        lint::linter))) {
            out.println("Reviewing " + store.root() + " at " + server.address() + " (Ctrl-C stops it)");
            out.flush();
            if (open) {
                browse(server.address(), err);
            }
            whileRunning.accept(server);
        }
        return ExitCodes.OK;
    }

    /** The site's settings for its theme and words; its address does not matter, the server gives its own. */
    private SiteSettings site() {
        PublishCommand publish = new PublishCommand(context);
        publish.drafts = option;
        publish.siteUrl = "http://127.0.0.1/";
        return publish.settings(null);
    }

    private static void untilStopped(ReviewServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "seogen-review-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void browse(URI address, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String[] command = os.contains("mac")
                ? new String[] {"open", address.toString()}
                : os.contains("win")
                        ? new String[] {"rundll32", "url.dll,FileProtocolHandler", address.toString()}
                        : new String[] {"xdg-open", address.toString()};
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            err.println("cannot open a browser (" + e.getMessage() + "); open " + address + " yourself");
            err.flush();
        }
    }
}
