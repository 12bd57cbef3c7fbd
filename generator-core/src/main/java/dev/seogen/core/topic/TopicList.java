package dev.seogen.core.topic;

import dev.seogen.core.Problem;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.SlugAllocator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Each topic with the slugs of its draft, unique within its category, in file order. A version of an
     * article in several languages gets its slug by its language's rules; a topic in one language keeps the
     * slug it has always had, so that no draft of an earlier run is left behind.
     */
    public List<PlannedTopic> plan() {
        SlugAllocator slugs = new SlugAllocator();
        Map<String, Slug> categories = new HashMap<>();
        return topics.stream()
                .map(topic -> {
                    Slug category = categories.computeIfAbsent(topic.category(), Slug::of);
                    Slug slug = topic.hasKey()
                            ? slugs.allocate(category, topic.question(), topic.language())
                            : slugs.allocate(category, topic.question());
                    return new PlannedTopic(topic, category, slug);
                })
                .toList();
    }
}
