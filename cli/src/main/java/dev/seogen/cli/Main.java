package dev.seogen.cli;

import java.nio.file.Path;
import java.time.Clock;

/** Entry point of {@code seogen.jar}: the only place that reads the process environment. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CliContext context = new CliContext(System.getenv(), Path.of(""), Clock.systemUTC(), System.console() != null);
        System.exit(Seogen.commandLine(context).execute(args));
    }
}
