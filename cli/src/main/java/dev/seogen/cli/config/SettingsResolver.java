package dev.seogen.cli.config;

import dev.seogen.cli.CliContext;
import dev.seogen.core.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves settings in one order, always: the flag, then the environment variable, then
 * {@code seogen.yaml}, then the default. Every bad value is collected, and {@link #validate()} reports them
 * all before any work starts.
 */
public final class SettingsResolver {
    private final CliContext context;
    private final ConfigFile config;
    private final List<String> errors = new ArrayList<>();

    public SettingsResolver(CliContext context, ConfigFile config) {
        this.context = context;
        this.config = config;
    }

    /**
     * Finds the config file: {@code --config}, else {@code SEOGEN_CONFIG}, else {@code seogen.yaml} in the
     * working folder if there is one.
     */
    public static ConfigFile configFile(CliContext context, @Nullable Path flag, List<String> knownKeys) {
        if (flag != null) {
            return ConfigFile.load(context.resolve(flag), knownKeys);
        }
        String fromEnvironment = context.environment().get("SEOGEN_CONFIG");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return ConfigFile.load(context.resolve(Path.of(fromEnvironment)), knownKeys);
        }
        Path local = context.resolve(Path.of(ConfigFile.DEFAULT_NAME));
        return java.nio.file.Files.isRegularFile(local) ? ConfigFile.load(local, knownKeys) : ConfigFile.none();
    }

    public <T> Resolved<T> resolve(Setting<T> setting, @Nullable Object flagValue) {
        if (flagValue != null) {
            return parse(setting, String.valueOf(flagValue), context.workingDirectory(), setting.flag());
        }
        String variable = setting.environmentVariable();
        String fromEnvironment = context.environment().get(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return parse(setting, fromEnvironment, context.workingDirectory(), variable);
        }
        Optional<ConfigFile.Entry> entry = config.get(setting.key());
        if (entry.isPresent()) {
            String origin = config.path().map(Path::getFileName).orElseThrow() + ":"
                    + entry.get().line();
            return parse(setting, entry.get().value(), config.folder(context.workingDirectory()), origin);
        }
        T fallback = setting.defaultValue();
        if (fallback instanceof Path path) {
            @SuppressWarnings("unchecked")
            T resolved = (T) context.resolve(path);
            return new Resolved<>(resolved, "default");
        }
        return new Resolved<>(fallback, "default");
    }

    /** {@code site.categories.<slug>.description} by slug; a bad one is reported by {@link #validate()}. */
    public Map<String, String> categoryDescriptions() {
        return CategoryDescriptions.read(config, errors);
    }

    /** Throws an {@link InputException} naming every bad setting and where it came from. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InputException("bad settings; nothing was done:\n  " + String.join("\n  ", errors));
        }
    }

    private <T> Resolved<T> parse(Setting<T> setting, String text, Path base, String origin) {
        try {
            return new Resolved<>(setting.parser().parse(text, base), origin);
        } catch (IllegalArgumentException e) {
            errors.add(setting.key() + " from " + origin + ": " + e.getMessage());
            return new Resolved<>(setting.defaultValue(), "default");
        }
    }
}
