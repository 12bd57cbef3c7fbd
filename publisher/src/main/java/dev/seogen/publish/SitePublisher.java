package dev.seogen.publish;

import dev.seogen.core.InputException;
import dev.seogen.core.SeogenException;
import dev.seogen.core.Sha256;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.publish.internal.BuildFingerprint;
import dev.seogen.publish.internal.LanguageVersions;
import dev.seogen.publish.internal.LinkTerms;
import dev.seogen.publish.internal.Messages;
import dev.seogen.publish.internal.PageDigest;
import dev.seogen.publish.internal.PageModels;
import dev.seogen.publish.internal.PreviewLinks;
import dev.seogen.publish.internal.SafeMarkdown;
import dev.seogen.publish.internal.SiteCards;
import dev.seogen.publish.internal.SiteManifest;
import dev.seogen.publish.internal.StagedSite;
import dev.seogen.publish.internal.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Renders a static site from articles: a page per article at {@code <category>/<slug>/}, a page per category
 * (50 articles a page), the home page, 404.html, sitemap.xml, robots.txt, feed.xml (Atom) and the assets.
 *
 * <p>A manifest in the state folder records what each page was made from (a digest of its inputs: the
 * article's content hash, dates and related articles, the site settings, the build and theme) and each
 * article's related articles. A page whose inputs are unchanged, and whose file is there, is not rendered
 * again; an article's draft is read only when its page is. The pages that are rendered go to a folder next to the
 * site, and only when all have rendered are the new or changed ones moved into place (each in one step) and
 * the pages no longer published removed. So a publish that fails leaves the previous site as it was, a
 * re-publish renders and rewrites only what changed, and the same articles and settings give the same bytes.
 */
public final class SitePublisher {
    /** Articles a category page lists; the home page lists the latest of each category. */
    static final int PAGE_SIZE = 50;

    private static final List<String> ASSETS = List.of("style.css", "favicon.svg");

    /** Between the site folder's name and a random id: the folder a publish renders into, beside the site. */
    private final SiteSettings settings;
    /** The settings of the whole site, at its root: those of a language's publisher are below it. */
    private final SiteSettings root;

    private final PublishOptions options;
    private final Path stateFolder;
    /** Started in the background: FreeMarker takes a while to start, and other work can go on meanwhile. */
    private final CompletableFuture<Templates> templates;

    /** The site's social cards and logo, which every language's publisher shares. */
    private final SiteCards cards;

    private final String build;
    private final SafeMarkdown markdown;
    /** The theme's words by language, read when a page of a language is first rendered. */
    private final Messages messages;
    /** The path the theme's assets are under: the site's root, whatever the language. */
    private final String assets;
    /** The site's languages and the versions of its pages, known once the articles of a publish are. */
    private LanguageVersions versions;
    /** What each template receives, for {@link #versions}. */
    private PageModels models;

    /**
     * A publisher of the site {@code settings} describe, keeping its manifest in {@code stateFolder} (one
     * manifest per site folder, so that a preview site and the real one do not undo each other's records).
     */
    public SitePublisher(SiteSettings settings, Path stateFolder) {
        this(settings, stateFolder, PublishOptions.DEFAULTS);
    }

    /**
     * A publisher as {@link #SitePublisher(SiteSettings, Path)}, publishing as {@code options} say: whether it
     * replaces files seogen has no record of writing, and whether articles' texts link to each other.
     */
    public SitePublisher(SiteSettings settings, Path stateFolder, PublishOptions options) {
        this.options = options;
        this.settings = settings;
        this.root = settings;
        this.stateFolder = stateFolder;
        this.markdown = new SafeMarkdown();
        this.assets = settings.rootPath();
        this.versions = LanguageVersions.of(
                List.of(), settings.baseUrl(), settings.language(), settings.defaultLanguageAtRoot());
        this.messages = new Messages(settings.theme());
        this.templates = CompletableFuture.supplyAsync(() -> {
            Templates loaded = new Templates(settings.theme());
            loaded.load("layout.ftlh", "article.ftlh", "category.ftlh", "home.ftlh", "sitemap.ftlx", "feed.ftlx");
            markdown.toHtml("*Warming up.*");
            return loaded;
        });
        this.cards = new SiteCards(settings.theme());
        this.build = BuildFingerprint.of(SitePublisher.class, "/theme/layout.ftlh", settings.theme());
        this.models = new PageModels(settings, settings, versions, messages, markdown, assets);
    }

    /** The publisher of one language's part of {@code site}'s pages, under {@code prefix}. */
    private SitePublisher(SitePublisher site, LanguageTag language, String prefix) {
        this.options = site.options;
        this.settings = site.settings.forLanguage(language, prefix);
        this.root = site.root;
        this.stateFolder = site.stateFolder;
        this.markdown = site.markdown;
        this.assets = site.assets;
        this.versions = site.versions;
        this.messages = site.messages;
        this.templates = site.templates;
        this.cards = site.cards;
        this.build = site.build;
        this.models = new PageModels(settings, root, versions, messages, markdown, assets);
    }

    /**
     * Where the page of each of the drafts {@code published} is, from the site's root and without the final
     * "/": the draft's {@code <category>/<slug>}, under {@code <language>/} when the site has several languages.
     */
    public static Function<DraftHeader, String> pagePaths(List<DraftHeader> published, SiteSettings settings) {
        LanguageVersions versions = LanguageVersions.of(
                published, settings.baseUrl(), settings.language(), settings.defaultLanguageAtRoot());
        return versions::path;
    }

    /**
     * Publishes {@code given}, reading an article's content with {@code content} when its page is rendered.
     * With {@code full}, the manifest is not trusted: every page is rendered and compared with its file, and
     * every file of the site folder that is not part of the site is removed (hidden ones stay).
     */
    public PublishResult publish(List<PublishedArticle> given, Function<DraftHeader, Draft> content, boolean full) {
        return publish(given, content, full, List.of());
    }

    /**
     * Publishes {@code given} as {@link #publish(List, Function, boolean)} does, and keeps a page at each of the
     * {@code retired} addresses (withdrawn, or pointing to where the page moved), listed in {@code _redirects}
     * with a 410 or a 301 in Netlify's format (other hosts need them translated; see the README).
     */
    public PublishResult publish(
            List<PublishedArticle> given,
            Function<DraftHeader, Draft> content,
            boolean full,
            List<RetiredPage> retired) {
        return publish(given, content, full, retired, () -> {});
    }

    /**
     * Publishes as {@link #publish(List, Function, boolean, List)} does, running {@code beforeLive} once the
     * pages are rendered and the publish is not refused, before anything in the site changes: a caller's record
     * that must be on disk before a page goes live is written meanwhile, and a failure there stops the publish.
     */
    public PublishResult publish(
            List<PublishedArticle> given,
            Function<DraftHeader, Draft> content,
            boolean full,
            List<RetiredPage> retired,
            Runnable beforeLive) {
        List<PublishedArticle> articles = new ArrayList<>(given);
        articles.sort(BY_PATH);
        Path site = settings.folder().toAbsolutePath().normalize();
        StagedSite.removeLeftovers(site);
        Path staging = StagedSite.stagingFor(site);
        Path manifestFile =
                stateFolder.resolve("site-" + HexFormat.of().formatHex(Sha256.of(site.toString()), 0, 8) + ".manifest");
        boolean exists = Files.isDirectory(site);
        SiteManifest before = exists ? SiteManifest.read(manifestFile, site, build) : SiteManifest.EMPTY;
        try {
            versions = LanguageVersions.of(
                    articles.stream().map(PublishedArticle::header).toList(),
                    settings.baseUrl(),
                    settings.language(),
                    settings.defaultLanguageAtRoot());
            models = new PageModels(settings, root, versions, messages, markdown, assets);
            String[] paths =
                    articles.stream().map(a -> versions.path(a.header())).toArray(String[]::new);
            String relatedKey = RelatedArticles.key(articles, paths);
            int[][] related = relatedKey.equals(before.relatedKey()) && before.related().length == articles.size()
                    ? before.related()
                    : related(articles);
            StagedSite output = new StagedSite(
                    staging,
                    site,
                    exists,
                    before.pages(),
                    !full,
                    (template, model) -> templates().render(template, model));
            Map<String, Object> siteModel = versions.multilingual()
                    ? renderLanguages(articles, related, content, output)
                    : render(articles, paths, related, content, output);
            Map<String, List<AutoLink>> links = links(paths, output, before.links());
            retire(retired, siteModel, output);
            refuseUnrecorded(site, output);
            beforeLive.run();
            boolean everyFile = full || before.pages().isEmpty();
            List<String> others = exists && everyFile ? output.others() : List.of();
            boolean touching = everyFile
                    || output.changedCount() > 0
                    || !output.files().keySet().containsAll(before.pages().keySet());
            if (touching) {
                // Until the new record is written, the record names every file that is or was seogen's, and
                // vouches for none: a publish stopped half way still knows what it may remove, and renders anew.
                Map<String, String> owned = new HashMap<>();
                before.pages().keySet().forEach(file -> owned.put(file, ""));
                output.files().keySet().forEach(file -> owned.put(file, ""));
                new SiteManifest(owned, "", new int[0][]).write(manifestFile, site, build);
            }
            int changed = output.changedCount();
            int removed = output.apply();
            PublishResult result = new PublishResult(
                    site, articles.size(), output.files().size(), changed, removed, others, untranslated(articles));
            if (touching
                    || !relatedKey.equals(before.relatedKey())
                    || !output.files().equals(before.pages())
                    || !links.equals(before.links())) {
                new SiteManifest(output.files(), relatedKey, related, links).write(manifestFile, site, build);
            }
            List<AutoLink> all = new ArrayList<>();
            Arrays.stream(paths).map(links::get).filter(Objects::nonNull).forEach(all::addAll);
            return result.withLinks(all);
        } finally {
            StagedSite.deleteQuietly(staging);
        }
    }

    /**
     * Each page's in-text links, by the page's path from the site's root: made now for the pages rendered
     * now, as recorded for the others (their links cannot have changed, or they would have been rendered).
     */
    private static Map<String, List<AutoLink>> links(
            String[] paths, StagedSite output, Map<String, List<AutoLink>> recorded) {
        Map<String, List<AutoLink>> now = output.linksMade();
        Map<String, List<AutoLink>> links = new HashMap<>();
        for (String path : paths) {
            List<AutoLink> made = now.containsKey(path) ? now.get(path) : recorded.get(path);
            if (made != null && !made.isEmpty()) {
                links.put(path, made);
            }
        }
        return links;
    }

    /**
     * Refuses, before anything in the site changes, to replace a file that seogen has no record of writing
     * (a hand-written {@code _redirects}, the {@code index.html} of a folder published into for the first
     * time), unless the publisher was made to overwrite.
     */
    private void refuseUnrecorded(Path site, StagedSite output) {
        List<String> unrecorded = options.overwrite() ? List.of() : output.unrecorded();
        if (!unrecorded.isEmpty()) {
            throw new InputException("publishing would replace " + unrecorded.size()
                    + (unrecorded.size() == 1 ? " file" : " files") + " in " + site
                    + " that seogen has no record of writing: "
                    + String.join(", ", unrecorded.subList(0, Math.min(5, unrecorded.size())))
                    + (unrecorded.size() > 5 ? " and " + (unrecorded.size() - 5) + " more" : "")
                    + ". Nothing was published. Move them out of the site folder; or, if an earlier publish"
                    + " wrote them and its record (.seogen/publish/) was lost, publish again with --overwrite.");
        }
    }

    /**
     * Renders what changed; {@code paths} and {@code related} are by position in {@code articles}. Returns
     * the site's model, which every page has.
     */
    private Map<String, Object> render(
            List<PublishedArticle> articles,
            String[] paths,
            int[][] related,
            Function<DraftHeader, Draft> content,
            StagedSite output) {
        Map<String, Object> site = renderLanguage(articles, paths, related, content, output);
        renderShared(articles, site, output);
        return site;
    }

    /**
     * The pages of one language (all of a site in one language): its articles, categories, home page and
     * feed. Returns the site model its pages have.
     */
    private Map<String, Object> renderLanguage(
            List<PublishedArticle> articles,
            String[] paths,
            int[][] related,
            Function<DraftHeader, Draft> content,
            StagedSite output) {
        Map<Slug, List<PublishedArticle>> byCategory = new TreeMap<>(Comparator.comparing(Slug::value));
        for (PublishedArticle a : articles) {
            byCategory
                    .computeIfAbsent(a.header().categorySlug(), c -> new ArrayList<>())
                    .add(a);
        }
        byCategory.values().forEach(list -> list.sort(PageModels.NEWEST_FIRST));
        List<Map<String, Object>> categories = new ArrayList<>();
        byCategory.forEach((slug, list) ->
                categories.add(models.category(slug, list.get(0).header().category())));
        Map<String, Object> site = models.siteModel(categories, models.main(byCategory));
        String siteKey = PageDigest.of("site", site);
        // The in-text links stay within this language's articles; by their paths from the site's root.
        LinkTerms terms = LinkTerms.of(
                Arrays.stream(paths).map(output::fromRoot).toList(),
                articles.stream().map(PublishedArticle::header).toList());
        // What a related card shows of each article, digested once: a page's digest takes its related
        // articles' keys, not their texts again (each article is on the related list of several pages).
        String[] entries = new String[articles.size()];
        IntStream.range(0, articles.size()).parallel().forEach(i -> {
            DraftHeader h = articles.get(i).header();
            entries[i] = new PageDigest("entry")
                    .text(h.question())
                    .text(paths[i])
                    .text(h.description())
                    .text(h.category())
                    .value();
        });
        IntStream.range(0, articles.size())
                .parallel()
                .forEach(i ->
                        articlePage(articles, paths, entries, i, related[i], terms, site, siteKey, content, output));
        byCategory.forEach((slug, list) -> categoryPages(slug, list, site, siteKey, output));
        Map<String, Object> home = models.homeModel(byCategory, site);
        output.page("index.html", "home.ftlh", PageDigest.of("home.ftlh", home), () -> home);
        Map<String, Object> feed = models.feedModel(articles, site);
        output.page("feed.xml", "feed.ftlx", PageDigest.of("feed.ftlx", feed), () -> feed);
        return site;
    }

    /**
     * Renders a site of several languages: each language's pages under its folder, as a site of their own
     * whose pages link their versions in the others; then what the site has once (see {@link #renderShared}),
     * and, when no language is at the root, a page there that lets the reader choose. {@code related} is by
     * position in {@code articles}, and within each article's language. Returns the site's own language's
     * site model.
     */
    private Map<String, Object> renderLanguages(
            List<PublishedArticle> articles, int[][] related, Function<DraftHeader, Draft> content, StagedSite output) {
        Map<String, Object> first = null;
        for (LanguageTag language : versions.languages()) {
            List<Integer> positions = IntStream.range(0, articles.size())
                    .filter(i -> articles.get(i).header().language().equals(language))
                    .boxed()
                    .toList();
            Map<Integer, Integer> local = new HashMap<>();
            positions.forEach(i -> local.put(i, local.size()));
            List<PublishedArticle> mine = positions.stream().map(articles::get).toList();
            String[] paths = mine.stream().map(a -> a.header().path()).toArray(String[]::new);
            int[][] mineRelated = positions.stream()
                    .map(i -> Arrays.stream(related[i])
                            .filter(local::containsKey)
                            .map(local::get)
                            .toArray())
                    .toArray(int[][]::new);
            String prefix = versions.prefix(language);
            Map<String, Object> site = new SitePublisher(this, language, prefix)
                    .renderLanguage(mine, paths, mineRelated, content, output.in(prefix));
            first = first == null ? site : first;
        }
        Map<String, Object> site = Objects.requireNonNull(first);
        if (versions.chooserAtRoot()) {
            Map<String, Object> chooser = models.chooserModel(site);
            output.page("index.html", "languages.ftlh", PageDigest.of("languages.ftlh", chooser), () -> chooser);
        }
        renderShared(articles, site, output);
        return site;
    }

    /**
     * The related articles of each article, by position in {@code articles}: chosen among the articles of its
     * own language.
     */
    private int[][] related(List<PublishedArticle> articles) {
        if (!versions.multilingual()) {
            return new RelatedArticles(articles, PageModels.NEWEST_FIRST).chooseAll();
        }
        int[][] related = new int[articles.size()][];
        for (LanguageTag language : versions.languages()) {
            int[] positions = IntStream.range(0, articles.size())
                    .filter(i -> articles.get(i).header().language().equals(language))
                    .toArray();
            List<PublishedArticle> mine =
                    Arrays.stream(positions).mapToObj(articles::get).toList();
            int[][] chosen = new RelatedArticles(mine, PageModels.NEWEST_FIRST).chooseAll();
            for (int i = 0; i < positions.length; i++) {
                related[positions[i]] =
                        Arrays.stream(chosen[i]).map(r -> positions[r]).toArray();
            }
        }
        return related;
    }

    /**
     * What a site has once, whatever its languages: the 404 page (in the site's language), sitemap.xml (every
     * page, with its versions), robots.txt, llms.txt and the theme's assets.
     */
    private void renderShared(List<PublishedArticle> articles, Map<String, Object> site, StagedSite output) {
        Map<Slug, List<PublishedArticle>> byCategory = new TreeMap<>(Comparator.comparing(Slug::value));
        for (PublishedArticle a : articles) {
            byCategory
                    .computeIfAbsent(a.header().categorySlug(), c -> new ArrayList<>())
                    .add(a);
        }
        Map<String, Object> notFound = models.notFoundModel(site);
        output.page("404.html", "404.ftlh", PageDigest.of("404.ftlh", notFound), () -> notFound);
        PageDigest sitemapInputs =
                new PageDigest("sitemap.ftlx").text(settings.baseUrl().toString());
        sitemapInputs.text(versions.languages().toString());
        for (PublishedArticle a :
                articles) { // the pages and their days make every entry, the home's and categories' too
            sitemapInputs.text(versions.path(a.header())).text(a.header().key()).text(PageModels.day(a.modified()));
        }
        output.page("sitemap.xml", "sitemap.ftlx", sitemapInputs.value(), () -> models.sitemapModel(articles));
        // A preview uploaded by mistake is not indexed: its pages say noindex, and its robots.txt disallows all.
        output.write(
                "robots.txt",
                settings.preview()
                        ? "# A preview of drafts (seogen publish --include-drafts): not for search engines.\n"
                                + "User-agent: *\nDisallow: /\n"
                        : "User-agent: *\nAllow: /\n\nSitemap: " + settings.baseUrl() + "sitemap.xml\n");
        output.write("llms.txt", models.llmsTxt(byCategory));
        output.image(SiteCards.SITE_CARD, cards.card(settings.title(), "", SiteCards.footer(root.baseUrl())));
        byte[] ownLogo = cards.themeLogo(); // the publisher's logo for JSON-LD: the theme's, as it is, else drawn
        if (ownLogo != null) {
            output.write(SiteCards.LOGO, ownLogo);
        } else {
            output.image(SiteCards.LOGO, cards.logo(settings.title()));
        }
        for (String asset : ASSETS) {
            output.write("assets/" + asset, asset(asset));
        }
    }

    /** A page at each retired address (noindex), and {@code _redirects} listing them all. */
    private void retire(List<RetiredPage> retired, Map<String, Object> site, StagedSite output) {
        StringBuilder redirects = new StringBuilder();
        for (RetiredPage page : retired) {
            String from = settings.rootPath() + page.path() + "/";
            Map<String, Object> model = models.withdrawnModel(page, site);
            output.page(
                    page.path() + "/index.html", "withdrawn.ftlh", PageDigest.of("withdrawn.ftlh", model), () -> model);
            // Netlify serves a rule's status only where no file shadows it, unless forced with "!".
            redirects.append(from).append(' ');
            redirects.append(page.movedTo() == null ? from + "index.html 410!" : model.get("movedTo") + " 301!");
            redirects.append('\n');
        }
        if (!retired.isEmpty()) {
            output.write(
                    "_redirects",
                    "# Pages that were live here and are not now (written by seogen publish)\n" + redirects);
        }
    }

    private Templates templates() {
        try {
            return templates.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The languages of the site's pages that have no message bundle (their theme words are English), sorted. */
    private List<String> untranslated(List<PublishedArticle> articles) {
        Set<String> languages = new TreeSet<>();
        languages.add(settings.language().value());
        articles.forEach(a -> languages.add(a.header().language().value()));
        return languages.stream()
                .filter(tag -> !messages.of(new LanguageTag(tag)).translated())
                .toList();
    }

    /**
     * An article's page, rendered (and its draft read) only when its inputs changed: its content hash and
     * everything else of the header it shows, its dates, the titles and paths of its related articles, and
     * the site settings.
     */
    private void articlePage(
            List<PublishedArticle> articles,
            String[] paths,
            String[] entries,
            int position,
            int[] related,
            LinkTerms terms,
            Map<String, Object> site,
            String siteKey,
            Function<DraftHeader, Draft> content,
            StagedSite output) {
        PublishedArticle published = articles.get(position);
        DraftHeader h = published.header();
        boolean linking = options.autoLinks() && h.autoLinks();
        PageDigest inputs = new PageDigest("article.ftlh")
                .text(siteKey)
                .text(h.id())
                .text(h.question())
                .text(h.title())
                .text(h.category())
                .text(paths[position])
                .text(h.language().value())
                .text(h.description())
                .text(h.contentHash())
                .text(h.checksKey())
                .text(linking ? terms.key(h.language().value()) : "no links")
                .text(LanguageVersions.key(versions.ofArticle(h)))
                .number(published.published().getEpochSecond())
                .number(published.published().getNano())
                .number(published.modified().getEpochSecond())
                .number(published.modified().getNano());
        for (int r : related) {
            inputs.text(entries[r]);
        }
        output.page(paths[position] + "/index.html", "article.ftlh", inputs.value(), () -> {
            List<Map<String, String>> relatedPages = new ArrayList<>(related.length);
            for (int r : related) {
                DraftHeader other = articles.get(r).header();
                relatedPages.add(Map.of(
                        "title", other.question(),
                        "url", models.url(other),
                        "description", other.description(),
                        "category", other.category()));
            }
            LinkTerms.Linker linker =
                    linking ? terms.linker(position, h.language().value(), h.keywords(), root.rootPath()) : null;
            Map<String, Object> model = models.articleModel(published, content.apply(h), relatedPages, site, linker);
            output.links(paths[position], linker == null ? List.of() : linker.links());
            return model;
        });
        output.image(paths[position] + "/" + SiteCards.CARD, cards.card(h.question(), h.category(), settings.title()));
    }

    /**
     * The page publish would write for {@code draft} (its sources with their checks), rendered in memory for a
     * preview: no related articles, no in-text links, and the category navigation naming the article's own
     * category only. Writes nothing.
     */
    public String renderArticlePage(PublishedArticle published, Draft draft) {
        return renderArticlePage(published, draft, List.of()).html();
    }

    /**
     * As {@link #renderArticlePage(PublishedArticle, Draft)}, with the in-text links publish would make to the
     * other articles of {@code site} (the drafts that would be published with this one; its own header among
     * them or not), within its language, unless links are off for the site or the draft.
     */
    public PreviewPage renderArticlePage(PublishedArticle published, Draft draft, List<DraftHeader> site) {
        DraftHeader h = published.header();
        PreviewLinks links = options.autoLinks() && h.autoLinks() && !site.isEmpty()
                ? PreviewLinks.of(h, site, settings, root.rootPath())
                : null;
        List<Map<String, Object>> categories = List.of(models.category(h.categorySlug(), h.category()));
        String html = templates()
                .render(
                        "article.ftlh",
                        models.articleModel(
                                published,
                                draft,
                                List.of(),
                                models.siteModel(categories, categories),
                                links == null ? null : links.linker()));
        return new PreviewPage(html, links == null ? Map.of() : links.linked());
    }

    private static final Comparator<PublishedArticle> BY_PATH =
            Comparator.comparing(PublishedArticle::header, DraftHeader.BY_PATH);
    /**
     * The pages of a category, 50 articles a page. A page's inputs are the site settings, the category, the
     * page's place and its articles' titles, descriptions, paths and days.
     */
    private void categoryPages(
            Slug slug, List<PublishedArticle> list, Map<String, Object> site, String siteKey, StagedSite output) {
        int pages = (list.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        String name = list.get(0).header().category();
        for (int page = 1; page <= pages; page++) {
            List<PublishedArticle> slice =
                    list.subList((page - 1) * PAGE_SIZE, Math.min(list.size(), page * PAGE_SIZE));
            PageDigest inputs = new PageDigest("category.ftlh")
                    .text(siteKey)
                    .text(page == 1 ? LanguageVersions.key(versions.ofCategory(slug.value())) : "")
                    .text(slug.value())
                    .text(name)
                    .number(page)
                    .number(pages)
                    .number(list.size());
            for (PublishedArticle a : slice) {
                inputs.text(a.header().question())
                        .text(a.header().description())
                        .text(a.header().path())
                        .text(PageModels.day(a.published()));
            }
            int number = page;
            String path = slug.value() + "/" + (page == 1 ? "" : "page/" + page + "/") + "index.html";
            output.page(
                    path,
                    "category.ftlh",
                    inputs.value(),
                    () -> models.categoryModel(slug, name, slice, number, pages, list.size(), site));
        }
    }

    /** The names of the theme's assets, as the site serves them under {@code assets/}. */
    public static List<String> assetNames() {
        return ASSETS;
    }

    /** The bytes of one of the theme's {@link #assetNames assets}: the theme folder's copy, else the built-in one. */
    public byte[] asset(String name) {
        if (!ASSETS.contains(name)) {
            throw new IllegalArgumentException("the theme has no asset '" + name + "'; it has " + ASSETS);
        }
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
}
