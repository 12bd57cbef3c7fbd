package dev.seogen.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a piece of Markdown as CommonMark renders them: ATX ({@code # Title}, {@code ### Title})
 * and setext (a paragraph underlined with {@code ===} for level 1 or {@code ---} for level 2), outside fenced
 * and indented code. A heading inside a list item or a quote is not looked for.
 */
final class Headings {
    /** One heading: its level (1 to 6), whether it is underlined, and its line in the text, from 1. */
    record Heading(int level, boolean setext, int line) {}

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t].*)?");
    private static final Pattern SETEXT_1 = Pattern.compile(" {0,3}=+[ \\t]*");
    private static final Pattern SETEXT_2 = Pattern.compile(" {0,3}-+[ \\t]*");
    private static final Pattern BREAK = Pattern.compile(" {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*");
    private static final Pattern CONTAINER = Pattern.compile(" {0,3}(?:>|[-+*][ \\t]|[0-9]{1,9}[.)][ \\t]).*");
    private static final Pattern INDENTED = Pattern.compile("(?: {4}|\\t).*");

    private Headings() {}

    static List<Heading> of(String markdown) {
        List<Heading> headings = new ArrayList<>();
        String fence = null;
        boolean paragraph = false; // the line before is text a setext underline would make a heading
        boolean container = false; // the line before is in a list item or a quote
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (fence != null) {
                String found = fenceOf(line);
                if (found != null
                        && found.charAt(0) == fence.charAt(0)
                        && found.length() >= fence.length()
                        && line.strip().equals(found)) {
                    fence = null;
                }
                continue;
            }
            if (line.isBlank()) {
                paragraph = false;
                container = false;
                continue;
            }
            String opening = fenceOf(line);
            if (opening != null) {
                fence = opening;
                paragraph = false;
                continue;
            }
            if (!paragraph && !container && INDENTED.matcher(line).matches()) {
                continue; // indented code
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                headings.add(new Heading(atx.group(1).length(), false, i + 1));
                paragraph = false;
                continue;
            }
            if (paragraph && SETEXT_1.matcher(line).matches()) {
                headings.add(new Heading(1, true, i + 1));
                paragraph = false;
                continue;
            }
            if (paragraph && SETEXT_2.matcher(line).matches()) {
                headings.add(new Heading(2, true, i + 1));
                paragraph = false;
                continue;
            }
            if (BREAK.matcher(line).matches()) {
                paragraph = false;
                continue;
            }
            if (CONTAINER.matcher(line).matches()) {
                container = true;
                paragraph = false;
                continue;
            }
            paragraph = !container; // a line after a list item or a quote continues it
        }
        return headings;
    }

    private static String fenceOf(String line) {
        Matcher m = FENCE.matcher(line);
        return m.matches() ? m.group(1) : null;
    }
}
