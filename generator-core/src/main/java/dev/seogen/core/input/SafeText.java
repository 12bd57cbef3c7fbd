package dev.seogen.core.input;

import java.util.regex.Pattern;

/**
 * Text that any page, feed or terminal can show: without the characters that XML 1.0 forbids or that HTML
 * validators refuse (C0 controls but tab, line feed and carriage return; DEL; C1 controls; Unicode
 * non-characters; lone surrogates). Escape sequences start with such a character, so a terminal is safe too.
 */
public final class SafeText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SafeText() {}

    /** {@code text} {@link #clean}ed for one line: each run of white space one space, none at either end. */
    public static String line(String text) {
        String line = clean(text).strip();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // a line mostly has single spaces only, which stay: the pattern runs only when there is more
            if (isSpace(c) && (c != ' ' || isSpace(line.charAt(i + 1)))) { // not last: strip() removed that
                return WHITESPACE.matcher(line).replaceAll(" ");
            }
        }
        return line;
    }

    /** Whether {@code c} is white space as {@code \s} means it: space, tab, line feed, VT, form feed, CR. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Whether {@code c} (a code point) may stay. */
    public static boolean allowed(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
            return false;
        }
        return c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE; // a pair is one code point above
    }

    /** {@code text} without the characters that may not stay; the same instance when there are none. */
    public static String clean(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x7F && (c >= 0x20 || c == '\n' || c == '\t' || c == '\r')) {
                i++; // ASCII, most of any text, that may stay: no need to read it as code points
                continue;
            }
            int point = text.codePointAt(i);
            if (!allowed(point)) {
                break;
            }
            i += Character.charCount(point);
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            int c = text.codePointAt(i);
            if (allowed(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** How many characters {@link #clean} removes from {@code text}. */
    public static int removed(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                count++;
            }
            i += Character.charCount(c);
        }
        return count;
    }
}
