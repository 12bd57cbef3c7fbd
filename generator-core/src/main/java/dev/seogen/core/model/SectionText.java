package dev.seogen.core.model;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A section as the model wrote it: the text under its heading and its sub-sections, in Markdown. */
public record SectionText(String body, List<Section> subsections) {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)]");

    public SectionText {
        requireNonNull(body, "body");
        subsections = List.copyOf(subsections);
    }

    /** What the model must fix: empty text, or a citation of a source the outline does not list. */
    public List<String> problems(List<Source> sources) {
        return problems(sources, "the sources");
    }

    /** As {@link #problems(List)}, naming what {@code sources} are in a message ("the sources"). */
    List<String> problems(List<Source> sources, String what) {
        AnswerCheck check = new AnswerCheck();
        check.that(!body.isBlank() || !subsections.isEmpty(), "body is empty; write the section");
        check.citationsExist(citations(body), sources, "body", what);
        for (int i = 0; i < subsections.size(); i++) {
            Section sub = subsections.get(i);
            check.notBlank(sub.heading(), "subsections[" + i + "].heading");
            check.notBlank(sub.body(), "subsections[" + i + "].body");
            check.citationsExist(citations(sub.body()), sources, "subsections[" + i + "].body", what);
        }
        return check.problems();
    }

    /** The source ids a Markdown text cites as {@code [n]} or {@code [n, m]}, in order of first appearance. */
    public static List<Integer> citations(String markdown) {
        Matcher matcher = CITATION.matcher(markdown);
        return matcher.results()
                .flatMap(m -> Arrays.stream(m.group(1).split(",")))
                .map(id -> Integer.parseInt(id.strip()))
                .distinct()
                .toList();
    }
}
