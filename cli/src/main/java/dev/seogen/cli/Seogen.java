package dev.seogen.cli;

import dev.seogen.core.InputException;
import dev.seogen.core.SeogenException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Builds the command line: the commands, their help, and the mapping of exceptions to exit codes. */
public final class Seogen {
    private Seogen() {}

    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, null);
    }

    /**
     * The command line for {@code args}: when they start with a command's name, only that command is built
     * (reading every command's options takes a noticeable part of a short run); else all of them, for the
     * list of commands in the help.
     */
    public static CommandLine commandLine(CliContext context, String @Nullable [] args) {
        String first = args == null || args.length == 0 ? "" : args[0];
        CommandLine commandLine = new CommandLine(new SeogenCommand());
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("generate", () -> new GenerateCommand(context));
        commands.put("review", () -> new ReviewCommand(context));
        commands.put("publish", () -> new PublishCommand(context));
        commands.put("library", () -> new LibraryCommand(context));
        commands.put("demo", () -> new DemoCommand(context));
        commands.forEach((name, command) -> {
            if (!commands.containsKey(first) || first.equals(name)) {
                commandLine.addSubcommand(command.get());
            }
        });
        CommandLine review = commandLine.getSubcommands().get("review");
        if (review != null) {
            review.addSubcommand(new VerifyCommand(context));
            review.addSubcommand(new ReviewServeCommand(context));
        }
        commandLine.addSubcommand(new CommandLine.HelpCommand()); // "seogen help", "seogen help publish"
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(Seogen::badUsage);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(100);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    /** Bad usage, in the style of every other error: what is wrong, then where the help is. Nothing ran. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = TerminalSafe.wrap(command.getErr());
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println(
                "Run '" + name + " --help' for " + (command.getParent() == null ? "the commands." : "its options."));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** Prints what went wrong in a few lines, without a stack trace unless it is a bug of ours. */
    private static final class ErrorReporter implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
            PrintWriter err = TerminalSafe.wrap(command.getErr());
            String name = command.getCommandSpec().qualifiedName();
            if (e instanceof InputException) {
                err.println(name + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof UncheckedIOException) {
                // A disk that is full or a folder that cannot be written: what was written so far is whole.
                err.println(name + ": " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
            if (e instanceof SeogenException) {
                err.println(name + ": " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
            // Not a problem of the user's input but a bug of ours: the trace is what a bug report needs.
            err.println(name + ": internal error, please report it with what follows: " + e);
            e.printStackTrace(err);
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
