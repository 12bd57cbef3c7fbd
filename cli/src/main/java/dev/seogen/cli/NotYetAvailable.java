package dev.seogen.cli;

import picocli.CommandLine.Model.CommandSpec;

/** What a command that this version does not have yet says, with exit code 2 and nothing written. */
final class NotYetAvailable {
    private NotYetAvailable() {}

    static int report(CommandSpec spec) {
        String name = spec.qualifiedName();
        spec.commandLine()
                .getErr()
                .println(name + ": not available in this version of seogen yet; nothing was done." + " '" + name
                        + " --help' shows the options it will take.");
        return ExitCodes.BAD_INPUT;
    }
}
