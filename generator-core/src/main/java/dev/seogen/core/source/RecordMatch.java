package dev.seogen.core.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a registry's record is the work a source names. The rule:
 *
 * <ul>
 *   <li>Titles are normalised first: markup such as {@code <i>…</i>} removed, accents dropped (é → e),
 *       lower case, every run of punctuation and spaces one space.
 *   <li>Two titles match when the words of one are nearly the words of the other (token Jaccard, shared
 *       words over all words, at least {@value #MIN_WORD_OVERLAP}), or when their letters nearly are
 *       (normalised Levenshtein similarity at least {@value #MIN_LETTER_SIMILARITY}, which forgives a typo or
 *       a plural). "Attention Is All You Need" and "Attention is all you want" share 4 of 6 words and 84% of
 *       letters: no match.
 *   <li>A subtitle may be left out on either side: a title also matches the other's main title, the part
 *       before its first colon or spaced dash. Two different subtitles under one main title do not match.
 *   <li>Years match when they are at most one apart (a preprint and its journal version); a missing year
 *       matches any.
 *   <li>The record's first author's family name must appear, word for word after normalisation, in the
 *       source's first author ("Vaswani, A.", "Ashish Vaswani"); a record or source without authors matches
 *       any.
 * </ul>
 */
public final class RecordMatch {
    public static final double MIN_WORD_OVERLAP = 0.8;
    public static final double MIN_LETTER_SIMILARITY = 0.9;

    private static final Pattern MARKUP = Pattern.compile("<[^>]{1,80}>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SUBTITLE = Pattern.compile(":|\\s[-–—]\\s");

    private RecordMatch() {}

    /** Why the record is not the cited work ("title on record: …"), or empty when it is. */
    public static Optional<String> mismatch(CitedWork work, RegistryRecord record) {
        List<String> reasons = new ArrayList<>();
        if (!titlesMatch(work.title(), record.title())) {
            reasons.add("title on record: " + record.title().strip().replaceAll("\\s+", " "));
        }
        if (work.year() != null && record.year() != null && Math.abs(work.year() - record.year()) > 1) {
            reasons.add("year on record: " + record.year() + " (the source says " + work.year() + ")");
        }
        String family = record.firstAuthorFamily();
        if (family != null
                && !work.authors().isEmpty()
                && !sameAuthor(work.authors().get(0), family)) {
            reasons.add("first author on record: " + family + " (the source says "
                    + work.authors().get(0) + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    public static boolean titlesMatch(String cited, String onRecord) {
        String a = normalise(cited);
        String b = normalise(onRecord);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return similar(a, b) || similar(a, normalise(mainTitle(onRecord))) || similar(normalise(mainTitle(cited)), b);
    }

    /** "Résumé: <i>A</i> Study" → "resume a study". */
    public static String normalise(String title) {
        String text = MARKUP.matcher(title).replaceAll(" ");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        text = SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return text.strip();
    }

    static String mainTitle(String title) {
        String[] parts = SUBTITLE.split(title, 2);
        return parts[0];
    }

    private static boolean similar(String a, String b) {
        return !a.isEmpty()
                && !b.isEmpty()
                && (wordOverlap(a, b) >= MIN_WORD_OVERLAP || letterSimilarity(a, b) >= MIN_LETTER_SIMILARITY);
    }

    static double wordOverlap(String a, String b) {
        Set<String> first = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> second = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        first.retainAll(second);
        return (double) first.size() / all.size();
    }

    static double letterSimilarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }

    private static boolean sameAuthor(String citedAuthor, String family) {
        Set<String> cited = new HashSet<>(Arrays.asList(normalise(citedAuthor).split(" ")));
        String[] familyWords = normalise(family).split(" ");
        return cited.containsAll(Arrays.asList(familyWords));
    }
}
