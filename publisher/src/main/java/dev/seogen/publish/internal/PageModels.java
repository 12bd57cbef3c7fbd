package dev.seogen.publish.internal;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.input.SafeText;
import dev.seogen.core.source.CheckedSources;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.publish.PublishedArticle;
import dev.seogen.publish.RetiredPage;
import dev.seogen.publish.SiteSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What each template receives (the theme's data model, documented in the README for theme authors): the site
 * model every page has, and the models of the article, category, home, sitemap and feed pages, and
 * {@code llms.txt}; for the site {@code settings} describe (one language's part of it, below {@code root}), whose
 * pages' versions in other languages {@code versions} knows. Data only: what a page is made from; publishing,
 * digests and files are {@code SitePublisher}'s.
 */
public final class PageModels {
    static final int FEED_SIZE = 50;
    static final int ON_HOME = 5;
    /** Categories named in every page's header; the home page lists them all. */
    static final int IN_HEADER = 6;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    /** Formatted once per day: ten thousand articles were published on a few days. */
    private static final Map<Long, String> DAYS = new ConcurrentHashMap<>();

    private final SiteSettings settings;
    /** The settings of the whole site, at its root: those of a language's part are below it. */
    private final SiteSettings root;

    private final LanguageVersions versions;
    /** The theme's words by language. */
    private final Messages messages;

    private final SafeMarkdown markdown;
    /** The path the theme's assets are under: the site's root, whatever the language. */
    private final String assets;

    public PageModels(
            SiteSettings settings,
            SiteSettings root,
            LanguageVersions versions,
            Messages messages,
            SafeMarkdown markdown,
            String assets) {
        this.settings = settings;
        this.root = root;
        this.versions = versions;
        this.messages = messages;
        this.markdown = markdown;
        this.assets = assets;
    }

    /** The language chooser at the root of a site of several languages. */
    public Map<String, Object> chooserModel(Map<String, Object> site) {
        Map<String, Object> chooser = new LinkedHashMap<>();
        chooser.put("site", site);
        chooser.put("msg", siteWords().words());
        chooser.put("canonical", settings.baseUrl().toString());
        putVersions(chooser, versions.languages().get(0), versions.ofHome());
        return chooser;
    }

    /** The 404 page, in the site's language. */
    public Map<String, Object> notFoundModel(Map<String, Object> site) {
        Map<String, Object> notFound = new LinkedHashMap<>();
        notFound.put("site", site);
        notFound.put("msg", siteWords().words());
        putVersions(notFound, versions.languages().get(0), List.of());
        return notFound;
    }

    /** The page left at a retired address: {@code movedTo} is where the article is now, "" when withdrawn. */
    public Map<String, Object> withdrawnModel(RetiredPage page, Map<String, Object> site) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("msg", siteWords().words());
        model.put("title", page.title());
        model.put("category", Map.of("name", page.category(), "url", settings.rootPath() + page.categorySlug() + "/"));
        model.put("movedTo", page.movedTo() == null ? "" : settings.rootPath() + page.movedTo() + "/");
        putVersions(model, versions.languages().get(0), List.of());
        return model;
    }

    /** The pages of the site's languages, as the templates receive them: {@code alternates} and {@code languages}. */
    private void putVersions(Map<String, Object> model, LanguageTag language, List<Map<String, String>> alternates) {
        model.put("alternates", alternates);
        model.put("languages", versions.switcher(language, alternates));
        model.put("ogLocale", LanguageVersions.locale(language));
    }

    /** How a page's header and lists name a category; its description is "" when the settings give none. */
    public Map<String, Object> category(Slug slug, String name) {
        return Map.of(
                "name",
                name,
                "slug",
                slug.value(),
                "url",
                settings.rootPath() + slug.value() + "/",
                "description",
                settings.categoryDescriptions().getOrDefault(slug.value(), ""));
    }

    /**
     * The categories the header shows: all when they are few, else the {@value #IN_HEADER} with the most
     * articles, by name. Their counts do not go into the pages' inputs, only which they are: adding an
     * article re-renders every page only when it changes which categories are the main ones.
     */
    public List<Map<String, Object>> main(Map<Slug, List<PublishedArticle>> byCategory) {
        return byCategory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Slug, List<PublishedArticle>> e) ->
                                -e.getValue().size())
                        .thenComparing(e -> e.getKey().value()))
                .limit(IN_HEADER)
                .sorted(Comparator.comparing(e -> e.getKey().value()))
                .map(e -> category(e.getKey(), e.getValue().get(0).header().category()))
                .toList();
    }

    /** The words of the pages in the site's language: the home page, categories, 404, withdrawn pages. */
    private Messages.Bundle siteWords() {
        return messages.of(settings.language());
    }

    /**
     * {@code llms.txt} (llmstxt.org): the site's name, then each category with its articles as Markdown links,
     * each with its description.
     */
    public String llmsTxt(Map<Slug, List<PublishedArticle>> byCategory) {
        StringBuilder text =
                new StringBuilder("# ").append(SafeText.line(settings.title())).append("\n\n");
        text.append("> Explainer articles, one question a page, each with its sources.\n");
        byCategory.forEach((slug, list) -> {
            text.append("\n## ")
                    .append(SafeText.line(list.get(0).header().category()))
                    .append("\n\n");
            for (PublishedArticle a : list) {
                text.append("- [")
                        .append(SafeText.line(a.header().question())
                                .replace("[", "(")
                                .replace("]", ")"))
                        .append("](")
                        .append(settings.baseUrl())
                        .append(versions.path(a.header()))
                        .append("/)");
                String description = SafeText.line(a.header().description());
                if (!description.isEmpty()) {
                    text.append(": ").append(description);
                }
                text.append('\n');
            }
        });
        return text.toString();
    }

    public static String day(Instant instant) {
        return DAYS.computeIfAbsent(instant.getEpochSecond() / 86_400, d -> DAY.format(instant));
    }

    /** The address of an article's page, from the site's root. */
    public String url(DraftHeader header) {
        return settings.rootPath() + header.path() + "/";
    }

    public static final Comparator<PublishedArticle> NEWEST_FIRST = Comparator.comparing(PublishedArticle::published)
            .reversed()
            .thenComparing(a -> a.header().slug().value());

    public Map<String, Object> siteModel(List<Map<String, Object>> categories, List<Map<String, Object>> main) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("description", settings.description());
        site.put("root", settings.rootPath());
        site.put("assets", assets + "assets/");
        site.put(
                "languages",
                versions.languages().stream().map(LanguageTag::value).toList());
        site.put("baseUrl", settings.baseUrl().toString());
        site.put("language", settings.language().value());
        site.put("author", settings.author());
        site.put("publisher", settings.publisher());
        site.put("ctaText", settings.ctaText());
        site.put("ctaLink", settings.ctaLink() == null ? "" : settings.ctaLink().toString());
        site.put(
                "legalLink",
                settings.legalLink() == null ? "" : settings.legalLink().toString());
        site.put("notice", settings.notice() == null ? "" : settings.notice());
        site.put("preview", settings.preview());
        site.put("categories", categories);
        site.put("mainCategories", main);
        // One card and logo for the whole site, at its root, whatever the page's language.
        site.put("card", SiteCards.model(root.baseUrl() + SiteCards.SITE_CARD, settings.title()));
        site.put("logo", root.baseUrl() + SiteCards.LOGO);
        return site;
    }

    public Map<String, Object> articleModel(
            PublishedArticle published,
            Draft draft,
            List<Map<String, String>> related,
            Map<String, Object> site,
            LinkTerms.@Nullable Linker links) {
        DraftHeader header = published.header();
        Article article = CheckedSources.linked(draft.article(), draft.checks()); // linked where they really are
        Messages.Bundle words = messages.of(header.language());
        String url = settings.baseUrl() + header.path() + "/";
        String categoryUrl = settings.rootPath() + header.categorySlug().value() + "/";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("question", header.question());
        model.put("title", header.title());
        model.put("description", header.description());
        model.put("language", header.language().value());
        model.put("canonical", url);
        model.put(
                "category",
                Map.of(
                        "name",
                        header.category(),
                        "url",
                        categoryUrl,
                        "slug",
                        header.categorySlug().value()));
        model.put("msg", words.words());
        model.put("published", day(published.published()));
        model.put("modified", day(published.modified()));
        model.put("publishedText", words.day(published.published()));
        model.put("modifiedText", words.day(published.modified()));
        ArticleHtml.put(model, article, markdown, true, links);
        model.put("sources", sources(article, draft.checks(), words));
        model.put("related", related);
        model.put("card", SiteCards.model(url + SiteCards.CARD, header.question() + " · " + settings.title()));
        model.put(
                "jsonLd",
                ArticleJsonLd.of(
                        header,
                        published.published(),
                        published.modified(),
                        url,
                        article,
                        new ArticleJsonLd.Site(
                                settings.title(),
                                settings.baseUrl().toString(),
                                settings.author(),
                                settings.publisher(),
                                root.baseUrl().toString())));
        putVersions(model, header.language(), versions.ofArticle(header));
        return model;
    }

    /**
     * The sources as the page lists them: the reference, the link and the host it is on, and what the last
     * check found ({@code check}: ok, dead, missing, mismatch, unknown, or "" when it was never checked).
     */
    private static List<Map<String, String>> sources(
            Article article, Map<Integer, SourceCheck> checks, Messages.Bundle words) {
        List<Map<String, String>> sources = new ArrayList<>();
        for (Source source : article.sources()) {
            SourceCheck check = checks.get(source.id());
            String link = source.link();
            sources.add(Map.of(
                    "id",
                    String.valueOf(source.id()),
                    "text",
                    source.reference(),
                    "link",
                    link,
                    "host",
                    host(link),
                    "check",
                    check == null ? "" : check.status().key(),
                    "checked",
                    check == null ? "" : day(check.checkedAt()),
                    "checkedText",
                    check == null ? "" : words.day(check.checkedAt())));
        }
        return sources;
    }

    /** "rfc-editor.org" for https://www.rfc-editor.org/rfc/rfc1034: what a link's text says of it. */
    private static String host(String link) {
        if (link.isEmpty()) {
            return "";
        }
        try {
            String host = java.net.URI.create(link).getHost();
            return host == null ? link : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    public Map<String, Object> categoryModel(
            Slug slug,
            String name,
            List<PublishedArticle> slice,
            int page,
            int pages,
            int count,
            Map<String, Object> site) {
        String base = settings.rootPath() + slug.value() + "/";
        Messages.Bundle words = siteWords();
        List<Map<String, String>> items = new ArrayList<>();
        for (PublishedArticle a : slice) {
            items.add(entry(a, words));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("msg", words.words());
        model.put("name", name);
        model.put("slug", slug.value());
        model.put("description", settings.categoryDescriptions().getOrDefault(slug.value(), ""));
        model.put("count", count);
        model.put("canonical", settings.baseUrl() + slug.value() + "/" + (page == 1 ? "" : "page/" + page + "/"));
        model.put("articles", items);
        model.put("page", page);
        model.put("pages", pages);
        model.put("previous", page == 1 ? "" : page == 2 ? base : base + "page/" + (page - 1) + "/");
        model.put("next", page == pages ? "" : base + "page/" + (page + 1) + "/");
        putVersions(model, settings.language(), page == 1 ? versions.ofCategory(slug.value()) : List.of());
        return model;
    }

    /** An article as a listing shows it: its question, description, address and first day. */
    private Map<String, String> entry(PublishedArticle a, Messages.Bundle words) {
        return Map.of(
                "title", a.header().question(),
                "description", a.header().description(),
                "url", url(a.header()),
                "date", day(a.published()),
                "dateText", words.day(a.published()));
    }

    public Map<String, Object> homeModel(Map<Slug, List<PublishedArticle>> byCategory, Map<String, Object> site) {
        Messages.Bundle words = siteWords();
        List<Map<String, Object>> sections = new ArrayList<>();
        byCategory.forEach((slug, list) -> {
            List<Map<String, String>> latest = new ArrayList<>();
            for (PublishedArticle a : list.subList(0, Math.min(ON_HOME, list.size()))) {
                latest.add(entry(a, words));
            }
            Map<String, Object> section =
                    new LinkedHashMap<>(category(slug, list.get(0).header().category()));
            section.put("count", list.size());
            section.put("latest", latest);
            sections.add(section);
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("msg", words.words());
        model.put("canonical", settings.baseUrl().toString());
        model.put("categories", sections);
        putVersions(model, settings.language(), versions.ofHome());
        return model;
    }

    /**
     * Every page of the site for sitemap.xml: the root (the language chooser of a site of several languages),
     * each language's home and category pages, then the articles; each with the day it last changed and its
     * versions in other languages ({@code alternates}, empty for a page in one language).
     */
    public Map<String, Object> sitemapModel(List<PublishedArticle> articles) {
        List<Map<String, Object>> urls = new ArrayList<>();
        if (versions.chooserAtRoot()) {
            urls.add(url(settings.baseUrl().toString(), latest(articles), versions.ofHome()));
        }
        for (LanguageTag language : versions.languages()) {
            List<PublishedArticle> mine = articles.stream()
                    .filter(a ->
                            !versions.multilingual() || a.header().language().equals(language))
                    .toList();
            String home = settings.baseUrl() + versions.prefix(language);
            urls.add(url(home, latest(mine), versions.ofHome()));
            Map<Slug, List<PublishedArticle>> byCategory = new TreeMap<>(Comparator.comparing(Slug::value));
            mine.forEach(a -> byCategory
                    .computeIfAbsent(a.header().categorySlug(), c -> new ArrayList<>())
                    .add(a));
            byCategory.forEach((slug, list) ->
                    urls.add(url(home + slug.value() + "/", latest(list), versions.ofCategory(slug.value()))));
        }
        for (PublishedArticle a : articles) {
            urls.add(url(
                    settings.baseUrl() + versions.path(a.header()) + "/",
                    a.modified(),
                    versions.ofArticle(a.header())));
        }
        return Map.of("urls", urls, "alternates", versions.multilingual());
    }

    private static Map<String, Object> url(String loc, Instant modified, List<Map<String, String>> alternates) {
        return Map.of("loc", loc, "lastmod", day(modified), "alternates", alternates);
    }

    private static Instant latest(List<PublishedArticle> articles) {
        return articles.stream()
                .map(PublishedArticle::modified)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    public Map<String, Object> feedModel(List<PublishedArticle> articles, Map<String, Object> site) {
        List<PublishedArticle> newest =
                articles.stream().sorted(NEWEST_FIRST).limit(FEED_SIZE).toList();
        List<Map<String, String>> entries = new ArrayList<>();
        for (PublishedArticle a : newest) {
            String url = settings.baseUrl() + a.header().path() + "/";
            entries.add(Map.of(
                    "title",
                    a.header().question(),
                    "url",
                    url,
                    "published",
                    a.published().toString(),
                    "updated",
                    a.modified().toString(),
                    "summary",
                    a.header().description()));
        }
        Instant updated = articles.stream()
                .map(PublishedArticle::modified)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return Map.of(
                "site",
                site,
                "updated",
                updated.toString(),
                "feedUrl",
                settings.baseUrl() + "feed.xml",
                "entries",
                entries);
    }
}
