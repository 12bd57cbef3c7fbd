package dev.seogen.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --drafts DIR} and {@code --config FILE}, for every command that reads drafts. */
final class DraftsOption {
    @Option(
            names = "--drafts",
            paramLabel = "DIR",
            description = "Drafts folder (env SEOGEN_DRAFTS, seogen.yaml drafts; default: ./drafts). A draft file"
                    + " over drafts.max-size (env SEOGEN_DRAFTS_MAX_SIZE; default: 16MB) is skipped and named.")
    @Nullable
    Path folder;

    @Mixin
    ConfigOption config;
}
