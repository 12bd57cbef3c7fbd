package dev.seogen.publish;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.article.LanguageTag;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a site needs beyond its drafts: where it goes, its public address, its name and language, who writes
 * and publishes it, the call to action and the legal notice, a theme folder overriding the built-in one,
 * and a notice shown in every footer (the demo labels its stand-in model there); and whether this is a
 * preview (drafts included), which search engines are told not to index. {@code description} introduces the
 * site on its home page ("" for the theme's words) and {@code categoryDescriptions} each category on its page,
 * by the category's slug ({@code site.categories.<slug>.description}). A site whose articles are in several
 * languages puts each under {@code /<language>/}, its own language too unless {@code defaultLanguageAtRoot}.
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
        @Nullable String notice,
        boolean preview,
        String description,
        Map<String, String> categoryDescriptions,
        boolean defaultLanguageAtRoot) {
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
        requireNonNull(description, "description");
        categoryDescriptions = Map.copyOf(categoryDescriptions);
    }

    /** The settings of a site, a preview or not, with no descriptions of its own. */
    public SiteSettings(
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
            @Nullable String notice,
            boolean preview) {
        this(
                folder, baseUrl, title, language, author, publisher, ctaText, ctaLink, legalLink, theme, notice,
                preview, "", Map.of(), false);
    }

    /** The path every internal link starts with: "/" for https://example.com, "/blog/" for …/blog. */
    public String rootPath() {
        return baseUrl.getRawPath();
    }

    /** The settings of a site that is not a preview. */
    public SiteSettings(
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
        this(folder, baseUrl, title, language, author, publisher, ctaText, ctaLink, legalLink, theme, notice, false);
    }

    /** These settings for a preview, or not. */
    public SiteSettings asPreview(boolean isPreview) {
        return copy(baseUrl, language, isPreview, description, categoryDescriptions, defaultLanguageAtRoot);
    }

    /** These settings with the site's introduction and the categories' descriptions (by slug). */
    public SiteSettings withDescriptions(String site, Map<String, String> categories) {
        return copy(baseUrl, language, preview, site, categories, defaultLanguageAtRoot);
    }

    /**
     * These settings with the pages of the site's own language at the root ({@code true}) or under
     * {@code /<language>/} like the others ({@code false}, the default) when the site has several languages.
     */
    public SiteSettings withDefaultLanguageAtRoot(boolean atRoot) {
        return copy(baseUrl, language, preview, description, categoryDescriptions, atRoot);
    }

    /** The settings of one language's part of the site: its address is {@code prefix} below this one's. */
    SiteSettings forLanguage(LanguageTag tag, String prefix) {
        boolean own = tag.equals(language); // the descriptions are written in the site's language: not shown in another
        return copy(
                baseUrl.resolve(prefix),
                tag,
                preview,
                own ? description : "",
                own ? categoryDescriptions : Map.of(),
                defaultLanguageAtRoot);
    }

    /** These settings with the fields that the methods above change; the others as they are. */
    private SiteSettings copy(
            URI base, LanguageTag tag, boolean isPreview, String site, Map<String, String> categories, boolean atRoot) {
        return new SiteSettings(
                folder,
                base,
                title,
                tag,
                author,
                publisher,
                ctaText,
                ctaLink,
                legalLink,
                theme,
                notice,
                isPreview,
                site,
                categories,
                atRoot);
    }
}
