package dev.seogen.core.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown without its code: fenced blocks (however they nest: a fence closes only with the same character,
 * at least as long) and inline code spans, where '#', '[1]' and "as an AI model" mean nothing for lint.
 */
final class Code {
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern INLINE = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);

    private Code() {}

    static String without(String markdown) {
        StringBuilder text = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher marker = FENCE.matcher(line);
            if (marker.matches()) {
                String found = marker.group(1);
                if (fence == null) {
                    fence = found;
                    continue;
                }
                if (found.charAt(0) == fence.charAt(0)
                        && found.length() >= fence.length()
                        && line.strip().equals(found)) {
                    fence = null;
                    continue;
                }
            }
            if (fence == null) {
                text.append(line).append('\n');
            }
        }
        return INLINE.matcher(text).replaceAll(" ");
    }
}
