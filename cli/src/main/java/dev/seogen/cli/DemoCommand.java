package dev.seogen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seogen demo}: the whole flow on the bundled topics with a stand-in model. Not built yet. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = "Runs generate, lint, approve and publish on the bundled example topics with a built-in"
                + " stand-in model (canned answers, no network, no key) and says where the site is.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "seogen-demo",
            description = "Folder for the" + " demo's drafts and site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec);
    }
}
