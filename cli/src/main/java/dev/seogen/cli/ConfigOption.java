package dev.seogen.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by every command that reads settings. */
final class ConfigOption {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Settings file (env SEOGEN_CONFIG; default: ./seogen.yaml if present).")
    @Nullable
    Path file;
}
