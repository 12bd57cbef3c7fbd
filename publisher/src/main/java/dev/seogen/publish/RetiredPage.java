package dev.seogen.publish;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An address where an article's page was live and is not now: the article was taken down ({@code movedTo}
 * absent: a withdrawn page, and a 410 in {@code _redirects}), or its page moved to {@code movedTo} (a new
 * slug or category: a page pointing there, and a 301).
 *
 * @param path the old page's path from the site's root, category/slug
 * @param title the question the page answered
 * @param category the name of its category
 */
public record RetiredPage(
        String path,
        String title,
        String category,
        @Nullable String movedTo) {
    public RetiredPage {
        requireNonNull(path, "path");
        requireNonNull(title, "title");
        requireNonNull(category, "category");
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a page path: '" + path + "'");
        }
    }

    /** The slug of the category the page was in: the first part of its path. */
    public String categorySlug() {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
