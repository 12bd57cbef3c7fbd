package dev.seogen.core.article;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out article slugs that are unique within their category: the second question that folds to the
 * same slug gets {@code -2}, the third {@code -3}; a version in another language of a slug that is taken
 * gets its language instead ({@code what-is-dns-fr}). The same questions in the same order always get the
 * same slugs. Not thread-safe: one allocator serves one pass over a topic list.
 */
public final class SlugAllocator {
    private final Map<Slug, Map<Slug, LanguageTag>> taken = new HashMap<>();

    /** A slug made as {@link Slug#of(String)} makes it, whatever the language: the slugs of one-language lists. */
    public Slug allocate(Slug category, String question) {
        return allocate(category, Slug.of(question), LanguageTag.ENGLISH, false);
    }

    /** The slug of a version of an article in several languages, made by its language's rules. */
    public Slug allocate(Slug category, String question, LanguageTag language) {
        return allocate(category, Slug.of(question, language), language, true);
    }

    private Slug allocate(Slug category, Slug base, LanguageTag language, boolean byLanguage) {
        Map<Slug, LanguageTag> inCategory = taken.computeIfAbsent(category, c -> new HashMap<>());
        LanguageTag holder = inCategory.get(base);
        Slug start = byLanguage && holder != null && !holder.equals(language) ? base.withLanguage(language) : base;
        Slug slug = start;
        for (int n = 2; inCategory.putIfAbsent(slug, language) != null; n++) {
            slug = start.withSuffix(n);
        }
        return slug;
    }
}
