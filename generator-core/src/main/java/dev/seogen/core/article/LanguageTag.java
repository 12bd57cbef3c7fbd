package dev.seogen.core.article;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A BCP 47 language tag such as {@code en}, {@code en-GB} or {@code pt-BR}, kept in its canonical
 * spelling. Tags that are well formed but name no language ({@code english}, {@code xx}) are refused.
 */
public record LanguageTag(String value) {
    /** ISO 639 codes ICU knows, two letters where one exists ("en") and three otherwise ("fil"). */
    private static final Set<String> LANGUAGES = Set.of(ULocale.getISOLanguages());
    /** "eng" → "en": BCP 47 wants the shortest code. */
    private static final Map<String, String> SHORTER = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toMap(l -> new Locale(l).getISO3Language(), l -> l, (a, b) -> a));

    public static final LanguageTag ENGLISH = new LanguageTag("en");

    public LanguageTag {
        value = canonical(value);
    }

    /** The tag as a {@link Locale}, for formatting dates and numbers in the article's language. */
    public Locale locale() {
        return Locale.forLanguageTag(value);
    }

    /**
     * The locale of the readers this tag addresses: its own region when it has one ({@code pt-BR}), else the
     * language's most likely one by CLDR ({@code fr} → {@code fr-FR}, {@code pt} → {@code pt-BR}).
     */
    public Locale audience() {
        Locale own = locale();
        if (!own.getCountry().isEmpty()) {
            return own;
        }
        String region = ULocale.addLikelySubtags(ULocale.forLanguageTag(value)).getCountry();
        return region.isEmpty()
                ? own
                : new Locale.Builder().setLocale(own).setRegion(region).build();
    }

    /** The language without region or script: {@code fr} of {@code fr-CA}, for rules kept per language. */
    public String language() {
        return locale().getLanguage();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String canonical(String tag) {
        String shown = tag.length() > 20 ? tag.substring(0, 20) + "…" : tag;
        String problem = "'" + shown + "' is not a language tag; use a BCP 47 tag such as en, en-GB, fr or pt-BR";
        if (tag.length() > 35) {
            throw new IllegalArgumentException(problem);
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(problem, e);
        }
        String language = locale.getLanguage();
        String shorter = SHORTER.get(language);
        if (shorter != null && language.length() == 3) {
            throw new IllegalArgumentException(
                    "'" + shown + "': use the two-letter code '" + shorter + "' for this language");
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(problem);
        }
        return locale.toLanguageTag();
    }
}
