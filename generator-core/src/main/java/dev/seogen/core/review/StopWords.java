package dev.seogen.core.review;

import dev.seogen.core.article.LanguageTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The function words of each built-in language ({@code stopwords/<code>.txt} beside this class), which are
 * never a question's key terms. A language without a list has none.
 */
final class StopWords {
    static final Set<String> BUILT_IN = Set.of("en", "fr", "de", "es", "it", "pt");

    private static final Map<String, Set<String>> LISTS = load();

    private StopWords() {}

    static Set<String> of(LanguageTag language) {
        return LISTS.getOrDefault(language.language(), Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String language : BUILT_IN) {
            String path = "stopwords/" + language + ".txt";
            try (InputStream in = StopWords.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the seogen jar lacks " + path);
                }
                lists.put(
                        language,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                .lines()
                                .filter(line -> !line.startsWith("#"))
                                .flatMap(line -> Arrays.stream(line.strip().split("\\s+")))
                                .filter(word -> !word.isEmpty())
                                .map(word -> word.replace('’', '\'').toLowerCase(Locale.ROOT))
                                .collect(Collectors.toUnmodifiableSet()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + " from the seogen jar", e);
            }
        }
        return Map.copyOf(lists);
    }
}
