package dev.seogen.core.review;

import dev.seogen.core.article.LanguageTag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reading-ease score in the formula made for the text's language, on one scale (about 0 very hard to 100
 * very easy): Flesch for English, Kandel and Moles for French, Amstad for German, Fernández Huerta for
 * Spanish. Other languages have no score: a formula fitted to one language misjudges another.
 */
enum Readability {
    /** Flesch (1948): 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. */
    FLESCH("en", "Flesch reading ease", "aeiouy", 206.835, 1.015, 84.6),
    /** Kandel and Moles (1958), Flesch fitted to French: 207 − 1.015 × words/sentence − 73.6 × syllables/word. */
    KANDEL_MOLES("fr", "Kandel–Moles reading ease", "aeiouyàâéèêëîïôûùüÿœæ", 207, 1.015, 73.6),
    /** Amstad (1978), Flesch fitted to German: 180 − words/sentence − 58.5 × syllables/word. */
    AMSTAD("de", "Amstad reading ease", "aeiouyäöü", 180, 1.0, 58.5),
    /**
     * Fernández Huerta (1959): 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words, the
     * second term read as Flesch's (words/sentence × 1.02), as the formula is commonly corrected.
     */
    FERNANDEZ_HUERTA("es", "Fernández Huerta reading ease", "aeiouáéíóúü", 206.84, 1.02, 60);

    private final String language;
    private final String label;
    private final String vowels;
    private final double base;
    private final double perSentenceLength;
    private final double perSyllables;

    Readability(
            String language, String label, String vowels, double base, double perSentenceLength, double perSyllables) {
        this.language = language;
        this.label = label;
        this.vowels = vowels;
        this.base = base;
        this.perSentenceLength = perSentenceLength;
        this.perSyllables = perSyllables;
    }

    /** The formula for {@code language}, if it has one. */
    static Optional<Readability> of(LanguageTag language) {
        for (Readability formula : values()) {
            if (formula.language.equals(language.language())) {
                return Optional.of(formula);
            }
        }
        return Optional.empty();
    }

    String label() {
        return label;
    }

    /** The score of {@code text}, whose words are {@code words}. */
    double score(String text, List<String> words) {
        if (words.isEmpty()) {
            return 100;
        }
        int syllables = words.stream().mapToInt(this::syllables).sum();
        return base
                - perSentenceLength * words.size() / PlainText.sentences(text)
                - perSyllables * syllables / words.size();
    }

    /**
     * Syllables by groups of vowels: rough, as every implementation of these formulas is, and good enough to
     * rank. A final silent e (English "made", French "une", "rapides") is not one.
     */
    int syllables(String word) {
        if (this == FLESCH) {
            return PlainText.syllables(word);
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (this == KANDEL_MOLES && w.length() > 3) {
            w = w.replaceAll("(?<=[^aeiouyàâéèêëîïôûùüÿœæ])(e|es|ent)$", "");
        }
        int count = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = vowels.indexOf(w.charAt(i)) >= 0;
            if (vowel && !previousVowel) {
                count++;
            }
            previousVowel = vowel;
        }
        return Math.max(1, count);
    }
}
