package dev.seogen.core.article;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * A BCP 47 language tag such as {@code en}, {@code en-GB} or {@code pt-BR}, kept in its canonical
 * spelling. Tags that are well formed but name no language ({@code english}, {@code xx}) are refused.
 */
public record LanguageTag(String value) {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public static final LanguageTag ENGLISH = new LanguageTag("en");

    public LanguageTag {
        value = canonical(value);
    }

    /** The tag as a {@link Locale}, for formatting dates and numbers in the article's language. */
    public Locale locale() {
        return Locale.forLanguageTag(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String canonical(String tag) {
        String problem = "'" + tag + "' is not a language tag; use a BCP 47 tag such as en, en-GB, fr or pt-BR";
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(problem, e);
        }
        String language = locale.getLanguage();
        boolean known = language.length() == 2 ? ISO_639_1.contains(language) : language.length() == 3;
        if (!known) {
            throw new IllegalArgumentException(problem);
        }
        return locale.toLanguageTag();
    }
}
