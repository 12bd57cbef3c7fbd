package dev.seogen.core.draft.internal;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a draft: the intro, then {@code ##} sections with optional {@code ###} sub-sections, the last
 * {@code ##} section being the summary. Text between headings is kept as written; only the blank lines
 * around headings are normalised, so that rendering what was parsed gives back a canonical file byte for byte.
 */
public final class MarkdownBody {
    private static final Pattern HEADING = Pattern.compile("(#{2,3})(?:[ \\t]+(.*?))?[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    private MarkdownBody() {}

    /** The parts of a body. {@code summary} is empty when the body has no {@code ##} heading at all. */
    public record Parts(String intro, List<Section> sections, Section summary) {
        /** The parts of an article as they would read back: text trimmed as the renderer trims it. */
        static Parts of(Article article) {
            return new Parts(
                    trimBlankLines(article.intro()),
                    article.sections().stream().map(MarkdownBody::trimmed).toList(),
                    isEmpty(article.summary()) ? new Section("", "") : trimmed(article.summary()));
        }
    }

    private static Section trimmed(Section section) {
        return new Section(
                section.heading(),
                trimBlankLines(section.body()),
                section.subsections().stream().map(MarkdownBody::trimmed).toList());
    }

    private static boolean isEmpty(Section summary) {
        return summary.heading().isEmpty()
                && summary.body().isBlank()
                && summary.subsections().isEmpty();
    }

    public static Parts parse(String body) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        StringBuilder current = intro;
        String fence = null;
        for (String line : body.split("\n", -1)) {
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.matches()) {
                String marker = fenceLine.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            }
            Matcher heading = HEADING.matcher(line);
            if (fence == null && heading.matches()) {
                Block block = new Block(heading.group(1).length(), heading.group(2) == null ? "" : heading.group(2));
                blocks.add(block);
                current = block.text;
            } else {
                current.append(line).append('\n');
            }
        }
        List<Section> sections = sections(blocks);
        Section summary = sections.isEmpty() ? new Section("", "") : sections.remove(sections.size() - 1);
        return new Parts(trimBlankLines(intro.toString()), sections, summary);
    }

    public static String render(String intro, List<Section> sections, Section summary) {
        StringBuilder out = new StringBuilder();
        appendText(out, intro);
        for (Section section : sections) {
            appendSection(out, "##", section);
        }
        if (!isEmpty(summary)) {
            appendSection(out, "##", summary);
        }
        return out.toString();
    }

    private static List<Section> sections(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i++);
            List<Section> subsections = new ArrayList<>();
            while (i < blocks.size() && blocks.get(i).level == 3) {
                Block sub = blocks.get(i++);
                subsections.add(new Section(sub.heading, trimBlankLines(sub.text.toString())));
            }
            if (block.level == 3) {
                // A ### before any ##: keep it as a section of its own rather than lose it.
                subsections.add(0, new Section(block.heading, trimBlankLines(block.text.toString())));
                sections.add(new Section("", "", subsections));
            } else {
                sections.add(new Section(block.heading, trimBlankLines(block.text.toString()), subsections));
            }
        }
        return sections;
    }

    private static void appendSection(StringBuilder out, String marker, Section section) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(marker);
        if (!section.heading().isEmpty()) {
            out.append(' ').append(section.heading());
        }
        out.append('\n');
        if (!section.body().isBlank()) {
            out.append('\n');
            appendText(out, section.body());
        }
        for (Section sub : section.subsections()) {
            appendSection(out, "###", sub);
        }
    }

    private static void appendText(StringBuilder out, String text) {
        String trimmed = trimBlankLines(text);
        if (!trimmed.isEmpty()) {
            out.append(trimmed).append('\n');
        }
    }

    /** Drops blank lines before the first line of text and all white space after the last. */
    static String trimBlankLines(String text) {
        int start = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c)) {
                start = lineStart;
                return text.substring(start).stripTrailing();
            }
        }
        return "";
    }

    private static final class Block {
        final int level;
        final String heading;
        final StringBuilder text = new StringBuilder();

        Block(int level, String heading) {
            this.level = level;
            this.heading = heading;
        }
    }
}
