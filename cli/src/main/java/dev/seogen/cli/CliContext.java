package dev.seogen.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may know of the world it runs in: the environment variables, the working folder, the
 * clock, and whether a person watches a terminal (then progress is a bar, otherwise plain lines). Passed in
 * rather than read from {@code System}, so that tests can run commands side by side.
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, Clock clock, boolean interactive) {
    public CliContext {
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Resolves a path given on the command line or in the environment against the working folder. */
    public Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }
}
