package dev.seogen.llm.internal;

import dev.langchain4j.model.input.PromptTemplate;
import dev.seogen.core.article.LanguageTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the prompts say of the language to write in, in that language, from {@code prompts/language/<code>.txt}:
 * a rule for the system prompt and a reminder that closes each request, naming the readers' locale. A
 * language without its own file gets {@code other.txt}, in English, naming the language.
 */
final class LanguageRules {
    /** A rule and its reminder, filled for one language tag. */
    record Rule(String rule, String reminder) {}

    private final Map<String, List<PromptTemplate>> templates = new ConcurrentHashMap<>();
    private final Map<LanguageTag, Rule> filled = new ConcurrentHashMap<>();

    Rule of(LanguageTag tag) {
        return filled.computeIfAbsent(tag, this::fill);
    }

    private Rule fill(LanguageTag tag) {
        Locale audience = tag.audience();
        Locale language = Locale.forLanguageTag(tag.language());
        Map<String, Object> values = Map.of(
                "locale", audience.toLanguageTag(),
                "region", audience.getDisplayCountry(language),
                "name", language.getDisplayLanguage(Locale.ENGLISH));
        List<PromptTemplate> pair = templates.computeIfAbsent(tag.language(), LanguageRules::read);
        return new Rule(
                tidy(pair.get(0).apply(values).text()),
                tidy(pair.get(1).apply(values).text()));
    }

    /** Without a known region, "(fr-XX, )" would be left: the empty part goes. */
    private static String tidy(String text) {
        return text.replace(", )", ")").strip();
    }

    private static List<PromptTemplate> read(String language) {
        InputStream in = LanguageRules.class.getResourceAsStream("/prompts/language/" + language + ".txt");
        if (in == null) {
            in = LanguageRules.class.getResourceAsStream("/prompts/language/other.txt");
        }
        if (in == null) {
            throw new IllegalStateException("the seogen jar lacks prompts/language/other.txt");
        }
        try (InputStream file = in) {
            List<String> lines = new String(file.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            if (lines.size() != 2) {
                throw new IllegalStateException(
                        "prompts/language/" + language + ".txt must have two lines, a rule and a reminder");
            }
            return List.of(PromptTemplate.from(lines.get(0)), PromptTemplate.from(lines.get(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language prompt of " + language, e);
        }
    }
}
