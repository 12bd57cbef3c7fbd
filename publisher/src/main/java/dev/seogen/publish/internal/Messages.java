package dev.seogen.publish.internal;

import dev.seogen.core.SeogenException;
import dev.seogen.core.article.LanguageTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The theme's words by language: {@code theme/messages/messages_<language>.properties} (UTF-8), built in for
 * en, fr, de, es, it and pt, each key overridden by the same file in a theme folder, which may also add
 * languages. A tag with a region ({@code pt-BR}) uses {@code messages_pt_BR} if there is one, else its
 * language's; a language with neither uses English (and is {@link Bundle#translated() not translated}). A
 * key a bundle lacks is taken from English.
 */
public final class Messages {
    static final String FOLDER = "messages";
    private static final String ENGLISH = "en";

    private final @Nullable Path theme;
    private final Map<String, Bundle> bundles = new ConcurrentHashMap<>();
    private final Map<String, String> english;

    public Messages(@Nullable Path theme) {
        this.theme = theme;
        Map<String, String> builtIn = builtIn(ENGLISH);
        if (builtIn == null) {
            throw new SeogenException("the built-in theme has no messages/messages_en.properties");
        }
        Map<String, String> words = new TreeMap<>(builtIn);
        Map<String, String> own = fromTheme(ENGLISH);
        if (own != null) {
            words.putAll(own);
        }
        this.english = Map.copyOf(words);
    }

    /** The words of pages in {@code language}; the same bundle each time for the same tag. */
    public Bundle of(LanguageTag language) {
        return bundles.computeIfAbsent(language.value(), tag -> load(language));
    }

    private Bundle load(LanguageTag language) {
        Locale locale = language.locale();
        String region = locale.getCountry().isEmpty() ? null : locale.getLanguage() + "_" + locale.getCountry();
        for (String name :
                region == null ? new String[] {locale.getLanguage()} : new String[] {region, locale.getLanguage()}) {
            Map<String, String> builtIn = builtIn(name);
            Map<String, String> own = fromTheme(name);
            if (builtIn != null || own != null) {
                Map<String, String> words = new TreeMap<>(english);
                if (builtIn != null) {
                    words.putAll(builtIn);
                }
                if (own != null) {
                    words.putAll(own);
                }
                return new Bundle(language, locale, Map.copyOf(words), true);
            }
        }
        return new Bundle(language, Locale.ENGLISH, english, false);
    }

    private static @Nullable Map<String, String> builtIn(String name) {
        try (InputStream in =
                Messages.class.getResourceAsStream("/theme/" + FOLDER + "/messages_" + name + ".properties")) {
            return in == null ? null : read(in, "the built-in messages_" + name + ".properties");
        } catch (IOException e) {
            throw new SeogenException(
                    "cannot read the built-in messages_" + name + ".properties: " + e.getMessage(), e);
        }
    }

    private @Nullable Map<String, String> fromTheme(String name) {
        if (theme == null) {
            return null;
        }
        Path file = theme.resolve(FOLDER).resolve("messages_" + name + ".properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new SeogenException("cannot read the theme's messages " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> read(InputStream in, String what) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new SeogenException(what + " is not a valid properties file: " + e.getMessage(), e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.forEach((key, value) -> words.put((String) key, (String) value));
        return words;
    }

    /**
     * The words of one language, and its dates written out ({@code FormatStyle.LONG} in its locale).
     * {@code translated} is false when the language has no bundle and English stands in.
     */
    public static final class Bundle {
        private final LanguageTag language;
        private final Map<String, String> words;
        private final boolean translated;
        private final DateTimeFormatter dates;
        /** Formatted once per day: ten thousand articles were published on a few days. */
        private final Map<Long, String> days = new ConcurrentHashMap<>();

        Bundle(LanguageTag language, Locale locale, Map<String, String> words, boolean translated) {
            this.language = language;
            this.words = words;
            this.translated = translated;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .withZone(ZoneOffset.UTC);
        }

        public LanguageTag language() {
            return language;
        }

        /** Every word by key, for templates as {@code msg}. */
        public Map<String, String> words() {
            return words;
        }

        public boolean translated() {
            return translated;
        }

        /** {@code instant}'s day (UTC) as readers of this language write it: "20 novembre 2026". */
        public String day(Instant instant) {
            return days.computeIfAbsent(Math.floorDiv(instant.getEpochSecond(), 86_400L), d -> dates.format(instant));
        }
    }
}
