package dev.seogen.core.model;

import dev.seogen.core.article.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects what is wrong with an answer, in words a model can act on when it is asked again. */
final class AnswerCheck {
    private final List<String> problems = new ArrayList<>();

    void that(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    void notBlank(String text, String field) {
        that(!text.isBlank(), field + " is empty");
    }

    void uniqueSourceIds(List<Source> sources) {
        Set<Integer> seen = new HashSet<>();
        for (Source source : sources) {
            that(seen.add(source.id()), "source id " + source.id() + " is used twice; number the sources 1, 2, 3…");
            that(!source.title().isBlank(), "source " + source.id() + " has no title");
        }
    }

    void citationsExist(List<Integer> cited, List<Source> sources, String field) {
        citationsExist(cited, sources, field, "the sources");
    }

    void citationsExist(List<Integer> cited, List<Source> sources, String field, String what) {
        Set<Integer> ids = new java.util.TreeSet<>();
        sources.forEach(source -> ids.add(source.id()));
        for (int id : cited) {
            that(ids.contains(id), field + " cites [" + id + "], which is not among " + what + " " + ids);
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
