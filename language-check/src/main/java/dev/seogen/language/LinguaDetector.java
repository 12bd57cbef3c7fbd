package dev.seogen.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.seogen.core.review.LanguageDetector;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The core's language detector, told by Lingua: the six languages seogen has built in, and the languages the
 * drafts at hand declare, each of those that Lingua knows. Only their models are loaded, lazily, in Lingua's
 * low-accuracy mode (trigrams), which tells articles apart as well as the full mode and takes a fraction of
 * the memory and time; it is unreliable on a sentence or two, which the rule does not judge.
 */
public final class LinguaDetector implements LanguageDetector {
    /** The languages always loaded, so that text in any of them is told apart from the declared language. */
    public static final Set<String> BUILT_IN = Set.of("en", "fr", "de", "es", "it", "pt");

    /** How far ahead of the second the likeliest language must be, on Lingua's relative scale. */
    static final double MARGIN = 0.1;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final Set<String> languages;

    private LinguaDetector(Set<Language> loaded) {
        this.lingua = LanguageDetectorBuilder.fromLanguages(loaded.toArray(Language[]::new))
                .withLowAccuracyMode()
                .build();
        this.languages = loaded.stream().map(LinguaDetector::code).collect(Collectors.toUnmodifiableSet());
    }

    /** A detector of the built-in languages and of {@code declared} (ISO 639-1 codes; unknown ones are left out). */
    public static LinguaDetector of(Collection<String> declared) {
        Set<Language> loaded = EnumSet.noneOf(Language.class);
        for (String code : new TreeSet<>(union(declared))) {
            language(code).ifPresent(loaded::add);
        }
        return new LinguaDetector(loaded);
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public Optional<String> detect(String text) {
        // Lingua gives the likeliest language 1 and each other its likelihood relative to it: text in one of
        // them puts the others near 0.75 at most; closer than MARGIN, the text is not told clearly.
        Map<Language, Double> values = lingua.computeLanguageConfidenceValues(text);
        Language best = null;
        double second = 0;
        for (Map.Entry<Language, Double> value : values.entrySet()) {
            if (best == null && value.getValue() >= 1.0) {
                best = value.getKey();
            } else {
                second = Math.max(second, value.getValue());
            }
        }
        return best == null || 1.0 - second < MARGIN ? Optional.empty() : Optional.of(code(best));
    }

    private static Set<String> union(Collection<String> declared) {
        Set<String> all = new TreeSet<>(BUILT_IN);
        declared.forEach(code -> all.add(code.toLowerCase(Locale.ROOT)));
        return all;
    }

    private static Optional<Language> language(String code) {
        try {
            return Optional.of(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a language Lingua has no model of: the rule skips it
        }
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
