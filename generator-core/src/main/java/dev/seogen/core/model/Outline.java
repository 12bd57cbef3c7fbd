package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Source;
import java.util.List;

/** The plan of an article, as the model proposed it. {@link #problems()} says what makes it unusable. */
public record Outline(String title, String metaDescription, List<PlannedSection> sections, List<Source> sources) {
    public Outline {
        requireNonNull(title, "title");
        requireNonNull(metaDescription, "metaDescription");
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
    }

    /** What a model must fix before the outline can be written from; empty when it is usable. */
    public List<String> problems() {
        AnswerCheck check = new AnswerCheck();
        check.notBlank(title, "title");
        check.notBlank(metaDescription, "meta_description");
        check.that(!sections.isEmpty(), "sections is empty; plan at least one section");
        check.that(!sources.isEmpty(), "sources is empty; name the sources the sections will cite");
        check.uniqueSourceIds(sources);
        for (int i = 0; i < sections.size(); i++) {
            PlannedSection section = sections.get(i);
            String name = "sections[" + i + "]";
            check.notBlank(section.heading(), name + ".heading");
            check.citationsExist(section.sourceIds(), sources, name + ".source_ids");
        }
        return check.problems();
    }
}
