package dev.seogen.core.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out article slugs that are unique within their category: the second question that folds to the
 * same slug gets {@code -2}, the third {@code -3}. The same questions in the same order always get the
 * same slugs. Not thread-safe: one allocator serves one pass over a topic list.
 */
public final class SlugAllocator {
    private final Map<Slug, Set<Slug>> taken = new HashMap<>();

    public Slug allocate(Slug category, String question) {
        Set<Slug> inCategory = taken.computeIfAbsent(category, c -> new HashSet<>());
        Slug base = Slug.of(question);
        Slug slug = base;
        for (int n = 2; !inCategory.add(slug); n++) {
            slug = base.withSuffix(n);
        }
        return slug;
    }
}
