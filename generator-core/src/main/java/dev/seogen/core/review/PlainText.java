package dev.seogen.core.review;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a reader reads, without Markdown syntax, citations or code: for word counts, readability and
 * duplicate detection.
 */
final class PlainText {
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern MARKUP = Pattern.compile("(\\[\\d+])|[*_`#>|]|!?\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");

    private PlainText() {}

    /** Intro, section and sub-section bodies and the summary, as plain text, one block a paragraph. */
    static String of(Article article) {
        StringBuilder text = new StringBuilder(strip(article.intro()));
        for (Section section : article.sections()) {
            text.append('\n').append(strip(section.body()));
            for (Section sub : section.subsections()) {
                text.append('\n').append(strip(sub.body()));
            }
        }
        return text.append('\n').append(strip(article.summary().body())).toString();
    }

    static String strip(String markdown) {
        String withoutCode = LIST_MARKER.matcher(Code.without(markdown)).replaceAll("");
        return MARKUP.matcher(withoutCode).replaceAll(m -> m.group(2) != null ? m.group(2) : " ");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Full stops, and lines that end without one (list items, headings): each ends a sentence for a reader. */
    static int sentences(String text) {
        long ends = SENTENCE_END.matcher(text).results().count();
        long openLines = text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.matches(".*[.!?:]$"))
                .count();
        return (int) Math.max(1, ends + openLines);
    }

    /** English syllables by vowel groups: rough, as every Flesch implementation is, and good enough to rank. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le")) {
            w = w.substring(0, w.length() - 1);
        }
        int count = 0;
        boolean previousVowel = false;
        for (char c : w.toCharArray()) {
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !previousVowel) {
                count++;
            }
            previousVowel = vowel;
        }
        return Math.max(1, count);
    }

    /** Flesch reading ease: 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. */
    static double readingEase(String text) {
        return readingEase(text, words(text));
    }

    /** The same, with the words of {@code text} already counted. */
    static double readingEase(String text, List<String> words) {
        if (words.isEmpty()) {
            return 100;
        }
        int syllables = words.stream().mapToInt(PlainText::syllables).sum();
        return 206.835 - 1.015 * words.size() / sentences(text) - 84.6 * syllables / words.size();
    }
}
