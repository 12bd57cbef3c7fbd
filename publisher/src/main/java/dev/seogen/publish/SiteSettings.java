package dev.seogen.publish;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.LanguageTag;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a site needs beyond its drafts: where it goes, its public address, its name and language, who writes
 * and publishes it, the call to action and the legal notice, a theme folder overriding the built-in one,
 * and a notice shown in every footer (the demo labels its stand-in model there).
 */
public record SiteSettings(
        Path folder,
        URI baseUrl,
        String title,
        LanguageTag language,
        String author,
        String publisher,
        String ctaText,
        @Nullable URI ctaLink,
        @Nullable URI legalLink,
        @Nullable Path theme,
        @Nullable String notice) {
    public SiteSettings {
        requireNonNull(folder, "folder");
        requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (baseUrl.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException(
                    "the base URL must be the site's public http(s) address, such as https://example.com, got '"
                            + baseUrl + "'");
        }
        String path = baseUrl.getPath() == null || baseUrl.getPath().isEmpty() ? "/" : baseUrl.getPath();
        baseUrl = URI.create(
                baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
        requireNonNull(title, "title");
        requireNonNull(language, "language");
        requireNonNull(author, "author");
        requireNonNull(publisher, "publisher");
        requireNonNull(ctaText, "ctaText");
    }

    /** The path every internal link starts with: "/" for https://example.com, "/blog/" for …/blog. */
    public String rootPath() {
        return baseUrl.getRawPath();
    }
}
