package dev.seogen.cli;

import dev.seogen.core.draft.DraftStore;
import java.nio.file.Path;
import java.time.Clock;

/** Entry point of {@code seogen.jar}: the only place that reads the process environment. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Nearly every command reads drafts: their parser starts up on the second core while the command line does.
        Thread warmUp = new Thread(DraftStore::warmUp, "seogen-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        CliContext context = new CliContext(System.getenv(), Path.of(""), Clock.systemUTC(), System.console() != null);
        System.exit(Seogen.commandLine(context, args).execute(args));
    }
}
