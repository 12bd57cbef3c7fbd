package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Which article in several languages a draft is a version of, and the language of the approved version it
 * was translated from (null when it was written from its topic). {@link #NONE} for an article in one
 * language only.
 *
 * @param key what the versions of one article share (the topic list's {@code key}, or one implied by its
 *     {@code languages}); empty when there are no other versions
 */
public record LanguageVersion(String key, @Nullable LanguageTag translatedFrom) {
    public static final LanguageVersion NONE = new LanguageVersion("", null);

    public LanguageVersion {
        requireNonNull(key, "key");
        if (key.contains("\n") || !key.equals(key.strip())) {
            throw new IllegalArgumentException("a key is one line without spaces around it, got '" + key + "'");
        }
        if (translatedFrom != null && key.isEmpty()) {
            throw new IllegalArgumentException(
                    "a draft translated from " + translatedFrom + " needs the key of the article it translates");
        }
    }

    public boolean hasKey() {
        return !key.isEmpty();
    }
}
