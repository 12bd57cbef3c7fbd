package dev.seogen.cli.config;

import java.nio.file.Path;

/**
 * One setting a user can give as a flag, an environment variable or a {@code seogen.yaml} key, with its
 * default. The parser turns text into a value and throws {@link IllegalArgumentException} with a message
 * that says what is expected; relative paths are resolved against {@code base}, which is the working folder
 * for flags and the environment and the config file's folder for the config file.
 */
public record Setting<T>(String key, String flag, String description, T defaultValue, Parser<T> parser) {

    /** Text to value, or an {@link IllegalArgumentException} that says what is expected. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text, Path base);
    }

    /** {@code llm.requests-per-minute} is read from {@code SEOGEN_LLM_REQUESTS_PER_MINUTE}. */
    public String environmentVariable() {
        return "SEOGEN_"
                + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static Setting<Path> folder(String key, String flag, String description, String defaultValue) {
        return new Setting<>(key, flag, description, Path.of(defaultValue), (text, base) -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException("must name a folder");
            }
            return base.resolve(text.strip()).normalize();
        });
    }

    public static Setting<Integer> count(String key, String flag, String description, int defaultValue, int max) {
        return new Setting<>(key, flag, description, defaultValue, (text, base) -> {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= 1 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException("must be a whole number from 1 to " + max + ", got '" + text + "'");
        });
    }
}
