package dev.seogen.core.review;

import dev.seogen.core.article.LanguageTag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key terms of a question, in its language: its words less that language's function words, split at
 * apostrophes ({@code qu'un}, {@code l'algorithme}), matched in a text by a rough stem (plural ends off, then
 * a shared start of five letters), which serves the Latin-script languages seogen knows alike.
 */
final class KeyTerms {
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");

    private KeyTerms() {}

    /** The question's key terms, in their order, each once. */
    static Set<String> of(String question, LanguageTag language) {
        Set<String> stop = StopWords.of(language);
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(question)) {
            if (word.length() > 1 && !isStopWord(word, stop)) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** The terms of {@code terms} that {@code text} lacks. */
    static List<String> missing(Set<String> terms, String text) {
        Set<String> stems = new LinkedHashSet<>();
        words(text).forEach(w -> stems.add(stem(w)));
        return terms.stream().filter(t -> !contains(stems, stem(t))).toList();
    }

    /** A text's words, lower case, split at apostrophes as well. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : PlainText.words(text)) {
            for (String part : APOSTROPHE.split(word)) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /** A stop word, or a hyphenated one whose every part is ("est-ce"). */
    private static boolean isStopWord(String word, Set<String> stop) {
        if (stop.contains(word)) {
            return true;
        }
        if (!word.contains("-")) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !stop.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Set<String> stems, String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        return stem.length() >= 5 && stems.stream().anyMatch(w -> w.length() >= 5 && w.regionMatches(0, stem, 0, 5));
    }

    /** "VPNs" → "vpn", "records" → "record", "queries" → "query", "réseaux" → "réseau". */
    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("aux")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
