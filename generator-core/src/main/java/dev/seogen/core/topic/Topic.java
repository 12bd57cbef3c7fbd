package dev.seogen.core.topic;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.LanguageTag;
import java.util.List;

/**
 * One line of a topic list: the question an article answers, its category, the keywords to work in, the
 * language to write in, who reads it, and how many words to aim for.
 */
public record Topic(
        String category,
        String question,
        List<String> keywords,
        LanguageTag language,
        String audience,
        int words,
        String instruction) {
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
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw new IllegalArgumentException(
                    "words must be between " + MIN_WORDS + " and " + MAX_WORDS + ", got " + words);
        }
    }

    /** A topic as a topic list gives it: no reviewer's instruction. */
    public Topic(
            String category, String question, List<String> keywords, LanguageTag language, String audience, int words) {
        this(category, question, keywords, language, audience, words, "");
    }

    /**
     * This topic with a reviewer's instruction for the model (the note of a rejected draft, for
     * {@code generate --redo-rejected}); it goes into every step's prompt.
     */
    public Topic withInstruction(String newInstruction) {
        return new Topic(category, question, keywords, language, audience, words, newInstruction.strip());
    }
}
