package dev.seogen.core.topic;

import dev.seogen.core.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * The topics of one file, in file order, each question once, with the warnings reading it gave (a repeated
 * question, say). A file with errors never becomes a {@code TopicList}: reading it throws instead.
 */
public record TopicList(Path file, List<Topic> topics, List<Problem> warnings) {
    public TopicList {
        topics = List.copyOf(topics);
        warnings = List.copyOf(warnings);
    }

    public long categoryCount() {
        return topics.stream().map(Topic::category).distinct().count();
    }
}
