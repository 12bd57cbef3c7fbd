package dev.seogen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** One run of {@code seogen} in a given folder and environment, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    static CommandRun seogen(Path workingDirectory, Map<String, String> environment, String... args) {
        return seogenAt(NOW, workingDirectory, environment, args);
    }

    /** A run whose clock says {@code now}. */
    static CommandRun seogenAt(Instant now, Path workingDirectory, Map<String, String> environment, String... args) {
        CliContext context = new CliContext(environment, workingDirectory, Clock.fixed(now, ZoneOffset.UTC), false);
        CommandLine commandLine = Seogen.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    static CommandRun seogen(Path workingDirectory, String... args) {
        return seogen(workingDirectory, Map.of(), args);
    }
}
