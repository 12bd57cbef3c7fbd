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
        try {
            System.exit(Seogen.commandLine(context, args).execute(args));
        } catch (OutOfMemoryError e) {
            // The limits on what seogen reads make this unreachable by input; a last resort, not a stack trace.
            System.err.println("seogen: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB allowed). Give Java more with SEOGEN_JAVA_OPTS=-Xmx2g (./seogen) or java -Xmx2g -jar,"
                    + " or run on fewer drafts at once. Every file written so far is whole.");
            System.exit(ExitCodes.INTERNAL_ERROR);
        }
    }
}
