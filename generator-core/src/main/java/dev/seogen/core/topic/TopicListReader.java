package dev.seogen.core.topic;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.input.TextFile;
import dev.seogen.core.topic.internal.CsvTopicParser;
import dev.seogen.core.topic.internal.TopicCollector;
import dev.seogen.core.topic.internal.YamlTopicParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a topic list in YAML ({@code .yaml}, {@code .yml}) or CSV ({@code .csv}). Every problem in the file
 * is reported at once, each with its line and field, in an {@link InputException}.
 */
public final class TopicListReader {
    /** The largest topic list read unless told otherwise: 100,000 topics are about 15 MB. */
    public static final long DEFAULT_MAX_SIZE = 64L * 1024 * 1024;

    private final long maxSize;
    private final String setting;

    public TopicListReader() {
        this(DEFAULT_MAX_SIZE, "");
    }

    /**
     * A reader that refuses, before reading it, a topic list over {@code maxSize} bytes; {@code setting} names
     * what raises the limit in that message (empty when nothing does).
     */
    public TopicListReader(long maxSize, String setting) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1 byte, got " + maxSize);
        }
        this.maxSize = maxSize;
        this.setting = setting;
    }

    public TopicList read(Path file) {
        Format format = Format.of(file);
        if (!Files.isRegularFile(file)) {
            throw new InputException(Problem.ofFile(file, "no such file; give the path of a .yaml or .csv topic list"));
        }
        String text = TextFile.read(file, "topic list", maxSize, setting);
        if (text.isBlank()) {
            throw new InputException(Problem.ofFile(
                    file, "the file is empty; a topic list needs a 'topics:' list (YAML) or a header row (CSV)"));
        }
        TopicCollector collector = new TopicCollector(file);
        switch (format) {
            case YAML -> new YamlTopicParser(file, collector).parse(text);
            case CSV -> new CsvTopicParser(collector).parse(text);
        }
        return collector.finish();
    }

    private enum Format {
        YAML,
        CSV;

        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return YAML;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new InputException(Problem.ofFile(
                    file, "unknown topic list format; name the file .yaml, .yml or .csv according to its content"));
        }
    }
}
