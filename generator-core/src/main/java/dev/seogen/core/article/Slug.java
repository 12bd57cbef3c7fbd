package dev.seogen.core.article;

import com.ibm.icu.text.Transliterator;
import dev.seogen.core.Sha256;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URL and file name of an article or category: lower-case ASCII letters and digits joined by single
 * hyphens, at most {@value #MAX_LENGTH} characters. Whatever text it is made from, a slug never contains
 * {@code /}, {@code \}, {@code ..} or a control character, so it is always safe as one path segment.
 */
public record Slug(String value) {
    public static final int MAX_LENGTH = 80;

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern SHARP = Pattern.compile("(?<=\\p{L})#");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Languages whose apostrophe marks an elision between two words (qu'un, l'algoritmo, l'ordinador). */
    private static final Set<String> ELIDING = Set.of("fr", "it", "ca");

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + printable(value) + "' is not a slug: use lower-case letters,"
                    + " digits and single hyphens, at most " + MAX_LENGTH + " characters");
        }
    }

    /** Whether {@code text} is already a slug, as a file name read from disk must be. */
    public static boolean isValid(String text) {
        // [a-z0-9]+(-[a-z0-9]+)*, checked by hand: every draft and every index entry has slugs to check.
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.charAt(0) == '-' || text.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hyphen = c == '-';
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || hyphen) || hyphen && text.charAt(i - 1) == '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The slug of any text: letters of every script transliterated to ASCII where possible, lower case,
     * hyphens between words, cut at a word boundary. Text with nothing to keep (emoji only, say) gets
     * {@code article-} and a hash of the text, so the result is never empty and always the same.
     */
    public static Slug of(String text) {
        String ascii = toAscii(text);
        ascii = SHARP.matcher(ascii).replaceAll(" sharp ");
        ascii = ascii.replace("+", " plus ").replace("&", " and ");
        ascii = APOSTROPHES.matcher(ascii).replaceAll("");
        String hyphenated = hyphenate(ascii);
        if (hyphenated.isEmpty()) {
            return new Slug("article-" + shortHash(text));
        }
        return new Slug(cut(hyphenated, MAX_LENGTH));
    }

    /**
     * The slug of a version of an article in {@code language}, by that language's rules: German umlauts
     * become {@code ae}, {@code oe}, {@code ue} and {@code ß} {@code ss} (as German writes them without
     * the dots); in French, Italian and Catalan an apostrophe parts words ({@code qu-est-ce-qu-un},
     * {@code l-algoritmo}), where in English it joins them ({@code whats}); other letters as {@link #of(String)}.
     */
    public static Slug of(String text, LanguageTag language) {
        String rules = language.locale().getLanguage();
        String prepared = text;
        if (rules.equals("de")) {
            prepared = germanUmlauts(prepared);
        } else if (ELIDING.contains(rules)) {
            prepared = APOSTROPHES.matcher(prepared).replaceAll(" ");
        }
        return of(prepared);
    }

    /** This slug with its language appended ({@code -fr}, {@code -pt-br}): a version whose slug is taken. */
    public Slug withLanguage(LanguageTag language) {
        String suffix = "-" + hyphenate(language.value());
        return new Slug(cut(value, MAX_LENGTH - suffix.length()) + suffix);
    }

    private static String germanUmlauts(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case 'ä' -> out.append("ae");
                case 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'Ä' -> out.append("Ae");
                case 'Ö' -> out.append("Oe");
                case 'Ü' -> out.append("Ue");
                case 'ß', 'ẞ' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** This slug with {@code -n} appended, still within the length limit: for the second "What is DNS?". */
    public Slug withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a slug suffix starts at 2, got " + n);
        }
        String suffix = "-" + n;
        return new Slug(cut(value, MAX_LENGTH - suffix.length()) + suffix);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String toAscii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        if (stripped.chars().allMatch(c -> c < 128)) {
            return stripped;
        }
        return Transliteration.toLatinAscii(text);
    }

    /** Lower-case letters and digits, every other run of characters one hyphen, none at either end. */
    private static String hyphenate(String ascii) {
        StringBuilder slug = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int lastHyphen = slug.lastIndexOf('-', max);
        String cut = lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug.substring(0, max);
        return hyphenate(cut);
    }

    private static String shortHash(String text) {
        return HexFormat.of().formatHex(Sha256.of(text), 0, 4);
    }

    private static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shown.codePoints()
                .collect(
                        StringBuilder::new,
                        (b, c) -> {
                            if (Character.isISOControl(c)) {
                                b.append(String.format("\\u%04x", c));
                            } else {
                                b.appendCodePoint(c);
                            }
                        },
                        StringBuilder::append)
                .toString();
    }

    /** ICU's transliterator takes a few hundred milliseconds to build: only runs with non-Latin text pay it. */
    private static final class Transliteration {
        private static final Transliterator ANY_TO_ASCII = Transliterator.getInstance(
                // Russian's BGN rules read better in URLs than ISO 9 ("chto", not "cto").
                "Russian-Latin/BGN; Any-Latin; Latin-ASCII; [^\\p{ASCII}] Remove");

        static String toLatinAscii(String text) {
            synchronized (ANY_TO_ASCII) {
                return ANY_TO_ASCII.transliterate(text);
            }
        }
    }
}
