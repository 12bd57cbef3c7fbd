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
import org.jspecify.annotations.Nullable;

/**
 * Renders a static site from articles: a page per article at {@code <category>/<slug>/}, a page per category
 * (50 articles a page), the home page, 404.html, sitemap.xml, robots.txt, feed.xml (Atom) and the assets.
 * Every page is rendered first, the new or changed ones into a folder next to the site; only when all have
 * rendered are they moved into place (each in one step) and the pages no longer published removed. So a
 * publish that fails leaves the previous site as it was, a re-publish rewrites only what changed, and the
 * same articles and settings give the same bytes.
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
            Output output = new Output(staging, Files.isDirectory(site) ? site : null);
            render(articles, output);
            return apply(site, staging, articles.size(), output);
        } finally {
            deleteQuietly(staging);
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
        byCategory.forEach((slug, list) -> categoryPages(slug, list, site, related, output));
        output.write("index.html", templates.render("home.ftlh", homeModel(byCategory, site, related)));
        output.write("404.html", templates.render("404.ftlh", Map.of("site", site)));
        output.write("sitemap.xml", templates.render("sitemap.ftlx", sitemapModel(articles, byCategory, related)));
        output.write("feed.xml", templates.render("feed.ftlx", feedModel(articles, site, related)));
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
     * that share keywords. One pass over the article's category with a five-place podium, no sorting, so that
     * ten thousand articles stay fast.
     */
    private List<Map<String, String>> related(PublishedArticle published, Related index) {
        int self = index.ordinal.get(published);
        Set<String> keywords = index.keywords.get(self);
        List<Integer> chosen = new ArrayList<>(RELATED);
        int[] scores = new int[RELATED];
        for (int other : index.byCategory.get(index.category[self])) { // newest first: ties keep the newer
            if (other != self) {
                offer(chosen, scores, other, shared(keywords, index.keywords.get(other)));
            }
        }
        if (chosen.size() < RELATED && !keywords.isEmpty()) {
            List<Integer> others = new ArrayList<>(RELATED);
            int[] otherScores = new int[RELATED];
            for (int other : index.newestFirst) {
                if (index.category[other] != index.category[self]) {
                    int score = shared(keywords, index.keywords.get(other));
                    if (score > 0) {
                        offer(others, otherScores, other, score);
                    }
                }
            }
            others.stream().limit(RELATED - chosen.size()).forEach(chosen::add);
        }
        return chosen.stream()
                .map(i -> index.articles.get(i))
                .map(a -> Map.of("title", a.draft().article().question(), "url", settings.rootPath() + index.path(a)))
                .toList();
    }

    /** Puts {@code candidate} among the best five by score; an equal score does not displace an earlier one. */
    private static void offer(List<Integer> podium, int[] scores, int candidate, int score) {
        int place = podium.size();
        while (place > 0 && scores[place - 1] < score) {
            place--;
        }
        if (place >= RELATED) {
            return;
        }
        if (podium.size() == RELATED) {
            podium.remove(RELATED - 1);
        }
        podium.add(place, candidate);
        System.arraycopy(scores, place, scores, place + 1, RELATED - place - 1);
        scores[place] = score;
    }

    private static int shared(Set<String> mine, Set<String> theirs) {
        int count = 0;
        for (String keyword : mine) {
            if (theirs.contains(keyword)) {
                count++;
            }
        }
        return count;
    }

    /** Computed once per publish: each article's page path and what related() looks up, by position. */
    private static final class Related {
        final List<PublishedArticle> articles;
        final Map<PublishedArticle, Integer> ordinal = new IdentityHashMap<>();
        final Map<PublishedArticle, String> categoryOf = new IdentityHashMap<>();
        final int[] category;
        final List<Set<String>> keywords = new ArrayList<>();
        final Map<Integer, List<Integer>> byCategory = new HashMap<>();
        final List<Integer> newestFirst;

        Related(List<PublishedArticle> list) {
            articles = list;
            category = new int[list.size()];
            Map<String, Integer> categories = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                PublishedArticle a = list.get(i);
                String slug = a.draft().article().categorySlug().value();
                ordinal.put(a, i);
                categoryOf.put(a, slug);
                category[i] = categories.computeIfAbsent(slug, c -> categories.size());
                keywords.add(new HashSet<>(a.draft().article().keywords()));
            }
            Comparator<Integer> newest = Comparator.comparing(list::get, NEWEST_FIRST);
            newestFirst = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                newestFirst.add(i);
            }
            newestFirst.sort(newest);
            for (int i : newestFirst) {
                byCategory.computeIfAbsent(category[i], c -> new ArrayList<>()).add(i);
            }
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

    private void categoryPages(
            Slug slug, List<PublishedArticle> list, Map<String, Object> site, Related paths, Output output) {
        int pages = (list.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        String base = settings.rootPath() + slug.value() + "/";
        for (int page = 1; page <= pages; page++) {
            List<Map<String, String>> items = new ArrayList<>();
            for (PublishedArticle a : list.subList((page - 1) * PAGE_SIZE, Math.min(list.size(), page * PAGE_SIZE))) {
                items.add(Map.of(
                        "title", a.draft().article().question(),
                        "description", a.draft().article().metaDescription(),
                        "url", settings.rootPath() + paths.path(a),
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

    private Map<String, Object> homeModel(
            Map<Slug, List<PublishedArticle>> byCategory, Map<String, Object> site, Related paths) {
        List<Map<String, Object>> sections = new ArrayList<>();
        byCategory.forEach((slug, list) -> {
            List<Map<String, String>> latest = new ArrayList<>();
            for (PublishedArticle a : list.subList(0, Math.min(ON_HOME, list.size()))) {
                latest.add(Map.of("title", a.draft().article().question(), "url", settings.rootPath() + paths.path(a)));
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
            List<PublishedArticle> articles, Map<Slug, List<PublishedArticle>> byCategory, Related paths) {
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
            urls.add(Map.of("loc", settings.baseUrl() + paths.path(a), "lastmod", DAY.format(a.modified())));
        }
        return Map.of("urls", urls);
    }

    private Map<String, Object> feedModel(List<PublishedArticle> articles, Map<String, Object> site, Related paths) {
        List<PublishedArticle> newest =
                articles.stream().sorted(NEWEST_FIRST).limit(FEED_SIZE).toList();
        List<Map<String, String>> entries = new ArrayList<>();
        for (PublishedArticle a : newest) {
            String url = settings.baseUrl() + paths.path(a);
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

    /**
     * Puts what changed in place, once every page has rendered: the first time the whole new folder, after
     * that each new or changed file (moved in one step) and the removal of pages no longer published.
     */
    private PublishResult apply(Path site, Path staging, int articles, Output output) {
        int removed = 0;
        try {
            if (output.existing == null) {
                Files.createDirectories(site.getParent());
                Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
                return new PublishResult(site, articles, output.files.size(), output.changed.size(), 0);
            }
            for (String file : output.changed) {
                Path target = site.resolve(file);
                Files.createDirectories(target.getParent());
                Files.move(
                        staging.resolve(file),
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            try (Stream<Path> old = Files.walk(site)) {
                for (Path file : old.filter(Files::isRegularFile).toList()) {
                    if (!output.files.contains(site.relativize(file).toString().replace('\\', '/'))) {
                        Files.delete(file);
                        removed++;
                    }
                }
            }
            deleteEmptyFolders(site);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the site " + site + ": " + e.getMessage(), e);
        }
        return new PublishResult(site, articles, output.files.size(), output.changed.size(), removed);
    }

    private static void deleteEmptyFolders(Path site) throws IOException {
        try (Stream<Path> folders = Files.walk(site)) {
            for (Path folder : folders.filter(Files::isDirectory)
                    .sorted(Comparator.reverseOrder())
                    .toList()) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (!folder.equals(site) && entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
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

    /**
     * The files of the new site, each checked to stay inside it. Only those that differ from the current
     * site are written, to the staging folder; the others are only counted.
     */
    private static final class Output {
        private final Path root;
        private final @Nullable Path existing;
        private final Set<String> files = new HashSet<>();
        private final List<String> changed = new ArrayList<>();

        Output(Path root, @Nullable Path existing) {
            this.root = root;
            this.existing = existing;
        }

        void write(String relative, String text) {
            write(relative, text.getBytes(StandardCharsets.UTF_8));
        }

        void write(String relative, byte[] bytes) {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || Arrays.asList(relative.split("/")).contains("..")) {
                throw new IllegalStateException("page path " + relative + " leaves the site folder");
            }
            files.add(relative);
            try {
                if (existing != null) {
                    Path current = existing.resolve(relative);
                    if (Files.isRegularFile(current) && Arrays.equals(Files.readAllBytes(current), bytes)) {
                        return;
                    }
                }
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                changed.add(relative);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
