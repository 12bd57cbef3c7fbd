package dev.seogen.core.topic;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.LanguageTag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a topic list (or one language version of it): the question an article answers, its category,
 * the keywords to work in, the language to write in, who reads it, and how many words to aim for.
 *
 * @param key what ties the versions of one article in several languages together ({@code ""} for an
 *     article in one language only)
 * @param translateFrom the language of the approved version this one is translated from, or null when it is
 *     written from the topic
 */
public record Topic(
        String category,
        String question,
        List<String> keywords,
        LanguageTag language,
        String audience,
        int words,
        String instruction,
        String key,
        @Nullable LanguageTag translateFrom) {
    public static final int DEFAULT_WORDS = 800;
    public static final int MIN_WORDS = 100;
    public static final int MAX_WORDS = 20_000;
    public static final String DEFAULT_AUDIENCE = "curious readers with some technical background";

    public Topic {
        requireNonNull(category, "category");
        requireNonNull(question, "question");
        if (category.isBlank() || question.isBlank()) {
            throw new IllegalArgumentException(
                    "a topic needs a category and a question, got '" + category + "' and '" + question + "'");
        }
        keywords = List.copyOf(keywords);
        requireNonNull(language, "language");
        requireNonNull(audience, "audience");
        requireNonNull(instruction, "instruction");
        requireNonNull(key, "key");
        if (key.contains("\n")) {
            throw new IllegalArgumentException("a key is one line, got '" + key + "'");
        }
        if (language.equals(translateFrom)) {
            throw new IllegalArgumentException(
                    "a version in " + language + " cannot be translated from " + language + "; name another language");
        }
        if (translateFrom != null && key.isEmpty()) {
            throw new IllegalArgumentException("a translation needs a key: the article whose version it translates");
        }
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw new IllegalArgumentException(
                    "words must be between " + MIN_WORDS + " and " + MAX_WORDS + ", got " + words);
        }
    }

    /** A topic as a topic list gives it: no reviewer's instruction. */
    public Topic(
            String category, String question, List<String> keywords, LanguageTag language, String audience, int words) {
        this(category, question, keywords, language, audience, words, "", "", null);
    }

    /** A topic with a reviewer's instruction, in one language only. */
    public Topic(
            String category,
            String question,
            List<String> keywords,
            LanguageTag language,
            String audience,
            int words,
            String instruction) {
        this(category, question, keywords, language, audience, words, instruction, "", null);
    }

    /**
     * This topic with a reviewer's instruction for the model (the note of a rejected draft, for
     * {@code generate --redo-rejected}); it goes into every step's prompt.
     */
    public Topic withInstruction(String newInstruction) {
        return new Topic(
                category, question, keywords, language, audience, words, newInstruction.strip(), key, translateFrom);
    }

    /** This version with the key that ties it to its versions in other languages. */
    public Topic withKey(String newKey) {
        return new Topic(category, question, keywords, language, audience, words, instruction, newKey, translateFrom);
    }

    /** This version, to be written by translating the approved version of its key in {@code from}. */
    public Topic translatedFrom(@Nullable LanguageTag from) {
        return new Topic(category, question, keywords, language, audience, words, instruction, key, from);
    }

    /** Whether this version is one of an article in several languages. */
    public boolean hasKey() {
        return !key.isEmpty();
    }
}
