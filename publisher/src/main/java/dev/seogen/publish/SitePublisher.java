package dev.seogen.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.core.SeogenException;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.publish.internal.SafeMarkdown;
import dev.seogen.publish.internal.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Renders a static site from articles: a page per article at {@code <category>/<slug>/}, a page per category
 * (50 articles a page), the home page, 404.html, sitemap.xml, robots.txt, feed.xml (Atom) and the assets.
 * The site is built in a new folder next to the old one and swapped in when complete, so a publish that
 * fails leaves the previous site as it was; the same articles and settings give the same bytes.
 */
public final class SitePublisher {
    /** Articles a category page lists; the home page lists the latest of each category. */
    static final int PAGE_SIZE = 50;

    static final int FEED_SIZE = 50;
    static final int ON_HOME = 5;
    static final int RELATED = 5;
    private static final List<String> ASSETS = List.of("style.css", "favicon.svg");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteSettings settings;
    private final Templates templates;
    private final SafeMarkdown markdown = new SafeMarkdown();

    public SitePublisher(SiteSettings settings) {
        this.settings = settings;
        this.templates = new Templates(settings.theme());
    }

    public PublishResult publish(List<PublishedArticle> given) {
        List<PublishedArticle> articles = new ArrayList<>(given);
        articles.sort(Comparator.comparing((PublishedArticle a) ->
                        a.draft().article().categorySlug().value())
                .thenComparing(a -> a.draft().article().slug().value()));
        Path site = settings.folder().toAbsolutePath().normalize();
        Path staging = site.resolveSibling(site.getFileName() + ".seogen-new-" + UUID.randomUUID());
        try {
            Output output = new Output(staging);
            render(articles, output);
            return swap(site, staging, articles.size(), output.files);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private void render(List<PublishedArticle> articles, Output output) {
        Map<Slug, List<PublishedArticle>> byCategory = new TreeMap<>(Comparator.comparing(Slug::value));
        for (PublishedArticle a : articles) {
            byCategory
                    .computeIfAbsent(a.draft().article().categorySlug(), c -> new ArrayList<>())
                    .add(a);
        }
        byCategory.values().forEach(list -> list.sort(NEWEST_FIRST));
        List<Map<String, Object>> categories = new ArrayList<>();
        byCategory.forEach((slug, list) -> categories.add(Map.of(
                "name", list.get(0).draft().article().category(),
                "slug", slug.value(),
                "url", settings.rootPath() + slug.value() + "/",
                "count", list.size())));
        Map<String, Object> site = siteModel(categories);
        Related related = new Related(articles);
        for (PublishedArticle a : articles) {
            output.write(
                    related.path(a) + "index.html", templates.render("article.ftlh", articleModel(a, related, site)));
        }
        byCategory.forEach((slug, list) -> categoryPages(slug, list, site, output));
        output.write("index.html", templates.render("home.ftlh", homeModel(byCategory, site)));
        output.write("404.html", templates.render("404.ftlh", Map.of("site", site)));
        output.write("sitemap.xml", templates.render("sitemap.ftlx", sitemapModel(articles, byCategory)));
        output.write("feed.xml", templates.render("feed.ftlx", feedModel(articles, site)));
        output.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + settings.baseUrl() + "sitemap.xml\n");
        for (String asset : ASSETS) {
            output.write("assets/" + asset, asset(asset));
        }
    }

    private static final Comparator<PublishedArticle> NEWEST_FIRST = Comparator.comparing(PublishedArticle::published)
            .reversed()
            .thenComparing(a -> a.draft().article().slug().value());

    private Map<String, Object> siteModel(List<Map<String, Object>> categories) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("root", settings.rootPath());
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
        site.put("categories", categories);
        return site;
    }

    private Map<String, Object> articleModel(PublishedArticle published, Related all, Map<String, Object> site) {
        Article article = published.draft().article();
        String url = settings.baseUrl() + all.path(published);
        String categoryUrl = settings.rootPath() + all.categoryOf.get(published) + "/";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("question", article.question());
        model.put("title", article.title());
        model.put("description", article.metaDescription());
        model.put("language", article.language().value());
        model.put("canonical", url);
        model.put("category", Map.of("name", article.category(), "url", categoryUrl));
        model.put("published", DAY.format(published.published()));
        model.put("modified", DAY.format(published.modified()));
        model.put("intro", markdown.toHtml(article.intro()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            List<Map<String, Object>> subsections = new ArrayList<>();
            for (int j = 0; j < section.subsections().size(); j++) {
                Section sub = section.subsections().get(j);
                subsections.add(Map.of(
                        "number",
                        (i + 1) + "." + (j + 1),
                        "heading",
                        sub.heading(),
                        "html",
                        markdown.toHtml(sub.body())));
            }
            sections.add(Map.of(
                    "number",
                    String.valueOf(i + 1),
                    "id",
                    "section-" + (i + 1),
                    "heading",
                    section.heading(),
                    "html",
                    markdown.toHtml(section.body()),
                    "subsections",
                    subsections));
        }
        model.put("sections", sections);
        model.put("summaryHeading", article.summary().heading());
        model.put("summary", markdown.toHtml(article.summary().body()));
        List<Map<String, String>> sources = new ArrayList<>();
        for (Source source : article.sources()) {
            sources.add(Map.of("id", String.valueOf(source.id()), "text", source.reference(), "link", source.link()));
        }
        model.put("sources", sources);
        model.put("related", related(published, all));
        model.put("jsonLd", jsonLd(published, url, categoryUrl));
        return model;
    }

    /**
     * Same category first (those sharing the most keywords, then the newest), then other categories' articles
     * that share keywords. Indexed by keyword, so that ten thousand articles do not compare every pair.
     */
    private List<Map<String, String>> related(PublishedArticle published, Related index) {
        Article article = published.draft().article();
        // Identity, not equals: an article's hash would hash its whole text.
        Map<PublishedArticle, Integer> shared = new IdentityHashMap<>();
        for (String keyword : new HashSet<>(article.keywords())) {
            for (PublishedArticle other : index.byKeyword.getOrDefault(keyword, List.of())) {
                if (other != published) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        String category = index.categoryOf.get(published);
        Comparator<PublishedArticle> bySharedThenNewest = Comparator.comparing(
                        (PublishedArticle a) -> -shared.getOrDefault(a, 0))
                .thenComparing(NEWEST_FIRST);
        List<PublishedArticle> chosen = new ArrayList<>(shared.keySet().stream()
                .filter(a -> index.categoryOf.get(a).equals(category))
                .sorted(bySharedThenNewest)
                .limit(RELATED)
                .toList());
        for (PublishedArticle sameCategory : index.byCategory.get(category)) {
            if (chosen.size() >= RELATED) {
                break;
            }
            if (sameCategory != published && chosen.stream().noneMatch(c -> c == sameCategory)) {
                chosen.add(sameCategory);
            }
        }
        shared.keySet().stream()
                .filter(a -> !index.categoryOf.get(a).equals(category))
                .sorted(bySharedThenNewest)
                .limit(Math.max(0, RELATED - chosen.size()))
                .forEach(chosen::add);
        return chosen.stream()
                .map(a -> Map.of("title", a.draft().article().question(), "url", settings.rootPath() + index.path(a)))
                .toList();
    }

    /** What related() looks up, computed once per publish. */
    private static final class Related {
        final Map<PublishedArticle, String> categoryOf = new IdentityHashMap<>();
        final Map<String, List<PublishedArticle>> byCategory = new HashMap<>();
        final Map<String, List<PublishedArticle>> byKeyword = new HashMap<>();

        Related(List<PublishedArticle> articles) {
            for (PublishedArticle a : articles) {
                String category = a.draft().article().categorySlug().value();
                categoryOf.put(a, category);
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(a);
                for (String keyword : new HashSet<>(a.draft().article().keywords())) {
                    byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(a);
                }
            }
            byCategory.values().forEach(list -> list.sort(NEWEST_FIRST));
        }

        String path(PublishedArticle a) {
            return categoryOf.get(a) + "/" + a.draft().article().slug() + "/";
        }
    }

    private String jsonLd(PublishedArticle published, String url, String categoryUrl) {
        Article article = published.draft().article();
        ArrayNode graph = JSON.createArrayNode();
        ObjectNode page = graph.addObject();
        page.put("@context", "https://schema.org");
        page.put("@type", "Article");
        page.put("headline", article.title());
        page.put("description", article.metaDescription());
        page.put("datePublished", published.published().toString());
        page.put("dateModified", published.modified().toString());
        page.put("inLanguage", article.language().value());
        page.putObject("author").put("@type", "Person").put("name", settings.author());
        page.putObject("publisher").put("@type", "Organization").put("name", settings.publisher());
        page.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        ObjectNode trail = graph.addObject();
        trail.put("@context", "https://schema.org");
        trail.put("@type", "BreadcrumbList");
        ArrayNode items = trail.putArray("itemListElement");
        String[][] crumbs = {
            {settings.title(), settings.baseUrl().toString()},
            {article.category(), settings.baseUrl() + article.categorySlug().value() + "/"},
            {article.question(), url}
        };
        for (int i = 0; i < crumbs.length; i++) {
            items.addObject()
                    .put("@type", "ListItem")
                    .put("position", i + 1)
                    .put("name", crumbs[i][0])
                    .put("item", crumbs[i][1]);
        }
        try {
            // "<" as \\u003c: nothing in the data can close the script element or open a comment.
            return JSON.writeValueAsString(graph).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private void categoryPages(Slug slug, List<PublishedArticle> list, Map<String, Object> site, Output output) {
        int pages = (list.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        String base = settings.rootPath() + slug.value() + "/";
        for (int page = 1; page <= pages; page++) {
            List<Map<String, String>> items = new ArrayList<>();
            for (PublishedArticle a : list.subList((page - 1) * PAGE_SIZE, Math.min(list.size(), page * PAGE_SIZE))) {
                items.add(Map.of(
                        "title", a.draft().article().question(),
                        "description", a.draft().article().metaDescription(),
                        "url", settings.rootPath() + pathOf(a),
                        "date", DAY.format(a.published())));
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("site", site);
            model.put("name", list.get(0).draft().article().category());
            model.put("canonical", settings.baseUrl() + slug.value() + "/" + (page == 1 ? "" : "page/" + page + "/"));
            model.put("articles", items);
            model.put("page", page);
            model.put("pages", pages);
            model.put("previous", page == 1 ? "" : page == 2 ? base : base + "page/" + (page - 1) + "/");
            model.put("next", page == pages ? "" : base + "page/" + (page + 1) + "/");
            String path = slug.value() + "/" + (page == 1 ? "" : "page/" + page + "/") + "index.html";
            output.write(path, templates.render("category.ftlh", model));
        }
    }

    private Map<String, Object> homeModel(Map<Slug, List<PublishedArticle>> byCategory, Map<String, Object> site) {
        List<Map<String, Object>> sections = new ArrayList<>();
        byCategory.forEach((slug, list) -> {
            List<Map<String, String>> latest = new ArrayList<>();
            for (PublishedArticle a : list.subList(0, Math.min(ON_HOME, list.size()))) {
                latest.add(Map.of("title", a.draft().article().question(), "url", settings.rootPath() + pathOf(a)));
            }
            sections.add(Map.of(
                    "name",
                    list.get(0).draft().article().category(),
                    "url",
                    settings.rootPath() + slug.value() + "/",
                    "count",
                    list.size(),
                    "latest",
                    latest));
        });
        return Map.of("site", site, "canonical", settings.baseUrl().toString(), "categories", sections);
    }

    private Map<String, Object> sitemapModel(
            List<PublishedArticle> articles, Map<Slug, List<PublishedArticle>> byCategory) {
        List<Map<String, String>> urls = new ArrayList<>();
        Instant latest = articles.stream()
                .map(PublishedArticle::modified)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        urls.add(Map.of("loc", settings.baseUrl().toString(), "lastmod", DAY.format(latest)));
        byCategory.forEach((slug, list) -> urls.add(Map.of(
                "loc",
                settings.baseUrl() + slug.value() + "/",
                "lastmod",
                DAY.format(list.stream()
                        .map(PublishedArticle::modified)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()))));
        for (PublishedArticle a : articles) {
            urls.add(Map.of("loc", settings.baseUrl() + pathOf(a), "lastmod", DAY.format(a.modified())));
        }
        return Map.of("urls", urls);
    }

    private Map<String, Object> feedModel(List<PublishedArticle> articles, Map<String, Object> site) {
        List<PublishedArticle> newest =
                articles.stream().sorted(NEWEST_FIRST).limit(FEED_SIZE).toList();
        List<Map<String, String>> entries = new ArrayList<>();
        for (PublishedArticle a : newest) {
            String url = settings.baseUrl() + pathOf(a);
            entries.add(Map.of(
                    "title",
                    a.draft().article().question(),
                    "url",
                    url,
                    "published",
                    a.published().toString(),
                    "updated",
                    a.modified().toString(),
                    "summary",
                    a.draft().article().metaDescription()));
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

    private static String pathOf(PublishedArticle a) {
        return a.draft().article().categorySlug() + "/" + a.draft().article().slug() + "/";
    }

    private byte[] asset(String name) {
        Path override = settings.theme() == null
                ? null
                : settings.theme().resolve("assets").resolve(name);
        try {
            if (override != null && Files.isRegularFile(override)) {
                return Files.readAllBytes(override);
            }
            try (InputStream in = SitePublisher.class.getResourceAsStream("/theme/assets/" + name)) {
                if (in == null) {
                    throw new SeogenException("the theme has no assets/" + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the asset " + name + ": " + e.getMessage(), e);
        }
    }

    /** Puts the new site in place of the old one; counts what changed and what went away. */
    private PublishResult swap(Path site, Path staging, int articles, Set<String> files) {
        int changed = 0;
        int removed = 0;
        try {
            if (Files.isDirectory(site)) {
                for (String file : files) {
                    Path old = site.resolve(file);
                    if (!Files.isRegularFile(old) || Files.mismatch(old, staging.resolve(file)) >= 0) {
                        changed++;
                    }
                }
                try (Stream<Path> old = Files.walk(site)) {
                    removed = (int) old.filter(Files::isRegularFile)
                            .filter(f -> !files.contains(
                                    site.relativize(f).toString().replace('\\', '/')))
                            .count();
                }
                Path previous = site.resolveSibling(site.getFileName() + ".seogen-old-" + UUID.randomUUID());
                Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
                deleteQuietly(previous);
            } else {
                Files.createDirectories(site.getParent());
                Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
                changed = files.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place of " + site + ": " + e.getMessage(), e);
        }
        return new PublishResult(site, articles, files.size(), changed, removed);
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A left-over build folder next to the site is harmless; the publish itself is decided already.
        }
    }

    /** The files of the new site, each checked to stay inside it. */
    private static final class Output {
        private final Path root;
        private final Set<String> files = new HashSet<>();

        Output(Path root) {
            this.root = root;
        }

        void write(String relative, String text) {
            write(relative, text.getBytes(StandardCharsets.UTF_8));
        }

        void write(String relative, byte[] bytes) {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || Arrays.asList(relative.split("/")).contains("..")) {
                throw new IllegalStateException("page path " + relative + " leaves the site folder");
            }
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            files.add(relative);
        }
    }
}
