package dev.seogen.publish;

import static java.util.Objects.requireNonNull;

/**
 * A link publish put in an article's text to another article: on the page at {@code page} (category/slug),
 * the words {@code text} link to the article at {@code target}.
 */
public record AutoLink(String page, String text, String target) {
    public AutoLink {
        requireNonNull(page, "page");
        requireNonNull(text, "text");
        requireNonNull(target, "target");
    }
}
