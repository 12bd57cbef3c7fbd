package dev.seogen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code seogen}: the root command, which only dispatches to its subcommands. */
@Command(
        name = "seogen",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "Writes, reviews and publishes SEO explainer articles with a large language model.",
            "",
            "  topics.yaml|csv --generate--> drafts/ --review--> drafts/ --publish--> site/",
            ""
        },
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
            "Exit codes: 0 all good; 1 the run finished but some items failed; 2 bad usage or input,"
                    + " nothing written; 3 the model endpoint cannot be used; 70 a bug in seogen (please report it).",
            "Settings come from flags, then SEOGEN_* environment variables, then seogen.yaml, then defaults.",
            "Run 'seogen COMMAND --help' for the options of a command."
        })
final class SeogenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Missing command: give one of generate, review, publish, demo");
    }
}
