package dev.seogen.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.input.TextFile;
import dev.seogen.core.input.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code seogen.yaml}: nested keys read as dotted names ({@code llm: {concurrency: 8}} is
 * {@code llm.concurrency}), each with its line. A key seogen does not know is an error, so that a typo
 * never silently falls back to a default.
 */
public final class ConfigFile {
    /** The file looked for in the working folder when no {@code --config} is given. */
    public static final String DEFAULT_NAME = "seogen.yaml";

    private final @Nullable Path path;
    private final Map<String, Entry> entries;

    /** A value from the file and the line it is on. */
    public record Entry(String value, int line) {}

    private ConfigFile(@Nullable Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = Map.copyOf(entries);
    }

    public static ConfigFile none() {
        return new ConfigFile(null, Map.of());
    }

    public static ConfigFile load(Path path, Collection<String> knownKeys) {
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(path, "no such config file; check --config or SEOGEN_CONFIG"));
        }
        Map<String, Entry> entries = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        String text = TextFile.read(path, "config file");
        try (JsonParser parser = Yaml.parser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ConfigFile(path, Map.of());
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(new Problem(path, line(parser), "", "the config file must be a mapping of key: value"));
            } else {
                readMapping(parser, new ArrayDeque<>(), entries, problems, path);
                if (parser.nextToken() != null) {
                    problems.add(new Problem(
                            path,
                            line(parser),
                            "",
                            "the config file is one YAML document; remove the" + " second '---' and what follows"));
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(new Problem(path, Yaml.syntaxLine(e), "", "not valid YAML: " + Yaml.syntaxMessage(e)));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        entries.forEach((key, entry) -> {
            if (Settings.FORBIDDEN.containsKey(key)) {
                problems.add(new Problem(path, entry.line(), key, Settings.FORBIDDEN.get(key)));
            } else if (!knownKeys.contains(key) && !CategoryDescriptions.isKey(key)) {
                problems.add(new Problem(
                        path,
                        entry.line(),
                        key,
                        "unknown setting; the settings are "
                                + String.join(", ", knownKeys.stream().sorted().toList()) + " and "
                                + Settings.CATEGORY_DESCRIPTION));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(
                    path + ": the config file has problems:",
                    problems.stream()
                            .sorted(java.util.Comparator.comparingInt(Problem::line))
                            .toList());
        }
        return new ConfigFile(path, entries);
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The entries whose key starts with {@code prefix}, by key. */
    public Map<String, Entry> under(String prefix) {
        Map<String, Entry> found = new java.util.TreeMap<>();
        entries.forEach((key, entry) -> {
            if (key.startsWith(prefix)) {
                found.put(key, entry);
            }
        });
        return found;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The folder relative paths in the file are resolved against. */
    public Path folder(Path fallback) {
        return path == null ? fallback : path.toAbsolutePath().getParent();
    }

    private static void readMapping(
            JsonParser parser, Deque<String> prefix, Map<String, Entry> entries, List<Problem> problems, Path path)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            prefix.addLast(parser.currentName());
            String key = String.join(".", prefix);
            JsonToken value = parser.nextToken();
            if (Yaml.isAlias(parser)) {
                problems.add(new Problem(
                        path, line(parser), key, "YAML aliases (*name) are not supported; write the value out"));
            } else if (value == JsonToken.START_OBJECT) {
                readMapping(parser, prefix, entries, problems, path);
            } else if (value.isScalarValue()) {
                entries.put(key, new Entry(value == JsonToken.VALUE_NULL ? "" : parser.getText(), line(parser)));
            } else {
                problems.add(new Problem(path, line(parser), key, "must be a single value"));
                parser.skipChildren();
            }
            prefix.removeLast();
        }
    }

    private static int line(JsonParser parser) {
        return Math.max(parser.currentTokenLocation().getLineNr(), 0);
    }
}
