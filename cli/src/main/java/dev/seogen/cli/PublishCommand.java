package dev.seogen.cli;

import dev.seogen.cli.config.ConfigFile;
import dev.seogen.cli.config.Resolved;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.input.SafeText;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.publish.AutoLink;
import dev.seogen.publish.PublishOptions;
import dev.seogen.publish.PublishResult;
import dev.seogen.publish.SiteSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seogen publish}: renders the approved drafts to a static site and marks them published. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Renders the approved (and already published) drafts to a static site folder: a page per article at"
                    + " <category>/<slug>/ with its social card (card.png, 1200x630), a page per category, the home"
                    + " page, 404.html, sitemap.xml, robots.txt, feed.xml, llms.txt, the site's card.png and"
                    + " logo.png. Then marks the approved drafts published.",
            "A theme folder's card.properties sets the cards' colours (background, text, muted, accent) and font.",
            "Only the pages whose inputs changed are rendered (see --full); they are built next to the site and"
                    + " moved in when all have rendered: a publish that fails leaves the previous site as it was.",
            "Only files that seogen wrote are ever removed. A site folder that is, holds or lies inside the drafts"
                    + " folder or .seogen/, or that holds the project or the current folder, is refused.",
            "Site settings in seogen.yaml: site.title, site.base-url, site.language, site.author,"
                    + " site.publisher, site.description, site.cta-text, site.cta-link, site.legal-link (or"
                    + " SEOGEN_SITE_*), and site.categories.<slug>.description, a category's introduction.",
            "The theme's words are in each page's language (en, fr, de, es, it, pt built in; a theme adds others"
                    + " in messages/messages_<language>.properties); a language with none uses English, and"
                    + " publish says so."
        })
final class PublishCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    DraftsOption drafts;

    @Option(
            names = "--site",
            paramLabel = "DIR",
            description = "Output folder (env SEOGEN_SITE_FOLDER, seogen.yaml" + " site.folder; default: ./site).")
    @Nullable
    Path site;

    @Option(
            names = "--site-url",
            paramLabel = "URL",
            description = "The site's public address, for canonical links, the sitemap and the feed, e.g."
                    + " https://example.com (env SEOGEN_SITE_BASE_URL, seogen.yaml site.base-url).")
    @Nullable
    String siteUrl;

    /** The old name of --site-url, kept for one release: on generate, --base-url is the model's endpoint. */
    @Option(names = "--base-url", paramLabel = "URL", hidden = true)
    @Nullable
    String baseUrl;

    @Option(
            names = "--include-drafts",
            description = "Publish drafts that are not approved too (a preview; they" + " stay drafts).")
    boolean includeDrafts;

    @Option(
            names = "--full",
            description = "Read every draft and render every page again. Without it, a publish reads only the"
                    + " drafts and renders only the pages that changed since the last one (recorded in"
                    + " .seogen/publish/), and trusts that nobody edited its pages by hand. Either way, only files"
                    + " that seogen wrote are ever removed.")
    boolean full;

    @Option(
            names = "--clean",
            description = "Also remove the files of the site folder that seogen did not write (hidden ones such as"
                    + " .git stay); each is named before it is removed. Without it they stay, and are listed."
                    + " Implies --full, so that every file of the folder is looked at.")
    boolean clean;

    @Option(
            names = "--no-auto-links",
            negatable = false,
            description = "Link nothing in the articles' texts to other articles. Without it, the first mention of"
                    + " another article's keyword (in the same language) links to it, at most 3 links a page,"
                    + " never in headings, code or links; a draft with 'auto_links: false' gets none. The links made"
                    + " are listed in .seogen/publish/links.tsv.")
    boolean noAutoLinks;

    @Option(
            names = "--overwrite",
            description = "Replace files at the site's own paths (index.html, sitemap.xml, _redirects…) that seogen"
                    + " has no record of writing, as after .seogen/ was deleted. Without it such a publish is"
                    + " refused, naming them, and nothing changes.")
    boolean overwrite;

    @Option(
            names = "--require-review",
            description = "Hold back published drafts edited since they went live (status edited): their pages"
                    + " stay as published until the edit is approved again (env SEOGEN_PUBLISH_REQUIRE_REVIEW,"
                    + " seogen.yaml publish.require-review; default: false).")
    @Nullable
    Boolean requireReview;

    @Option(
            names = "--theme",
            paramLabel = "DIR",
            description = "Folder whose templates (*.ftlh, *.ftlx) and" + " assets/ override the built-in theme.")
    @Nullable
    Path theme;

    PublishCommand(CliContext context) {
        this.context = context;
    }

    /** Waits for {@code thread} to end, even when interrupted (the interrupt is kept for the caller). */
    private static void await(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = TerminalSafe.wrap(spec.commandLine().getOut());
        PrintWriter err = TerminalSafe.wrap(spec.commandLine().getErr());
        if (baseUrl != null) {
            err.println("note: on publish, --base-url is now --site-url (--base-url goes away in the next release;"
                    + " on generate it names the model's endpoint).");
        }
        ConfigFile config = SettingsResolver.configFile(context, drafts.config.file, Settings.keys());
        DraftStore store = Drafts.store(context, drafts);
        Path state = ProjectFolders.state(config, store.root());
        SiteSettings settings = settings(null).asPreview(includeDrafts);
        ProjectFolders.checkSite(settings.folder(), store.root(), state, config, context);
        Publishing.Outcome outcome;
        int removedOthers;
        String links;
        // The drafts' lock for the whole publish: a review that changes a status meanwhile waits, and is not lost.
        try (var siteLock = Locks.site(settings.folder(), err);
                var draftsLock = Locks.drafts(store.root(), "publish", err)) {
            // On a thread of its own, done before the locks are let go: it looks at every draft's file, and
            // removes only temporary files an hour old (this publish's own are new, and one that is moved into
            // place meanwhile is simply passed over).
            Thread leftovers = new Thread(
                    () -> {
                        AtomicFile.removeLeftovers(store.root(), 2);
                        AtomicFile.removeLeftovers(state, 3); // .seogen/'s records and caches are written alike
                    },
                    "seogen-leftovers");
            leftovers.start();
            try {
                Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
                boolean holdEdits = new SettingsResolver(context, config)
                        .resolve(Settings.PUBLISH_REQUIRE_REVIEW, requireReview)
                        .value();
                outcome = Publishing.publish(
                        store,
                        err,
                        settings,
                        includeDrafts,
                        full || clean,
                        PublishOptions.DEFAULTS.withOverwrite(overwrite).withAutoLinks(!noAutoLinks),
                        now,
                        state,
                        holdEdits);
                removedOthers = clean ? removeOthers(outcome.result(), out) : 0; // still under the site's lock
                // links.tsv too: another publish waiting for the lock writes its own after this one, not before
                links = linksReport(outcome.result(), state.resolve("publish").resolve("links.tsv"));
            } finally {
                await(leftovers);
            }
        }
        PublishResult result = outcome.result();
        int marked = outcome.marked();
        out.printf(
                "Published %s to %s: %d files, %d new or changed, %d removed.%s%n",
                Format.count(result.articles(), "article", "articles"),
                result.folder(),
                result.files(),
                result.changed(),
                result.removed() + removedOthers,
                marked > 0 ? " " + Format.count(marked, "draft", "drafts") + " marked published." : "");
        outcome.notes().forEach(out::println);
        out.println(links);
        if (!result.untranslated().isEmpty()) {
            out.println("Note: no message bundle for " + String.join(", ", result.untranslated())
                    + ": those pages show the theme's words in English. A theme adds a language with"
                    + " messages/messages_<language>.properties (--theme DIR; see the README, \"Themes\").");
        }
        if (!clean && !result.others().isEmpty()) {
            out.println(Format.count(result.others().size(), "file", "files") + " in the site folder that seogen did"
                    + " not write stay as they are: " + Format.some(result.others())
                    + " ('publish --clean' would remove them).");
        }
        if (result.articles() == 0) {
            out.println("No draft is approved yet: 'seogen review approve' approves them (or use --include-drafts"
                    + " for a preview).");
        }
        out.println("Upload the folder, or look at it here: python3 -m http.server --directory " + result.folder()
                + " 8000, then open http://localhost:8000/ (links start at the base URL's path).");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Writes every in-text link of the site to {@code file} (page, linked words, target; tab-separated, by
     * page) and says how many there are.
     */
    private String linksReport(PublishResult result, Path file) {
        StringBuilder tsv = new StringBuilder("# page\tlinked words\tlinks to (written by seogen publish)\n");
        Set<String> pages = new HashSet<>();
        for (AutoLink link : result.links()) {
            tsv.append(link.page())
                    .append('\t')
                    .append(SafeText.line(link.text()))
                    .append('\t');
            tsv.append(link.target()).append('\n');
            pages.add(link.page());
        }
        AtomicFile.writeCache(file, tsv.toString().getBytes(StandardCharsets.UTF_8));
        if (noAutoLinks) {
            return "In-text links: none (--no-auto-links).";
        }
        return "In-text links: " + Format.count(result.links().size(), "link", "links") + " in "
                + Format.count(pages.size(), "article", "articles") + ", each listed in " + file + ".";
    }

    /** --clean: names, then removes, each file of the site folder that seogen did not write. */
    private static int removeOthers(PublishResult result, PrintWriter out) {
        int removed = 0;
        for (String file : result.others()) {
            Path path = result.folder().resolve(file);
            out.println("removing " + path + " (not written by seogen; --clean)");
            out.flush();
            try {
                if (Files.deleteIfExists(path)) {
                    removed++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + path + ": " + e.getMessage(), e);
            }
        }
        return removed;
    }

    SiteSettings settings(@Nullable String notice) {
        ConfigFile config = SettingsResolver.configFile(context, drafts.config.file, Settings.keys());
        SettingsResolver resolver = new SettingsResolver(context, config);
        Resolved<Path> folder = resolver.resolve(Settings.SITE, site);
        Resolved<String> url = resolver.resolve(Settings.SITE_BASE_URL, siteUrl != null ? siteUrl : baseUrl);
        String title = resolver.resolve(Settings.SITE_TITLE, null).value();
        Resolved<String> language = resolver.resolve(Settings.SITE_LANGUAGE, null);
        String author = resolver.resolve(Settings.SITE_AUTHOR, null).value();
        String publisher = resolver.resolve(Settings.SITE_PUBLISHER, null).value();
        String ctaText = resolver.resolve(Settings.SITE_CTA_TEXT, null).value();
        String ctaLink = resolver.resolve(Settings.SITE_CTA_LINK, null).value();
        String legalLink = resolver.resolve(Settings.SITE_LEGAL_LINK, null).value();
        boolean atRoot =
                resolver.resolve(Settings.SITE_DEFAULT_LANGUAGE_AT_ROOT, null).value();
        String description = resolver.resolve(Settings.SITE_DESCRIPTION, null).value();
        Map<String, String> categories = resolver.categoryDescriptions();
        resolver.validate();
        if (url.value().isBlank()) {
            throw new InputException("publish needs the site's public address for canonical links, the sitemap and"
                    + " the feed: give --site-url https://example.com, SEOGEN_SITE_BASE_URL, or site.base-url in"
                    + " seogen.yaml");
        }
        try {
            return new SiteSettings(
                            folder.value(),
                            siteUrl(url.value(), url.origin()),
                            title,
                            new LanguageTag(language.value()),
                            author.isBlank() ? title : author,
                            publisher.isBlank() ? title : publisher,
                            ctaText,
                            ctaLink.isBlank() ? null : uri(ctaLink, "site.cta-link"),
                            legalLink.isBlank() ? null : uri(legalLink, "site.legal-link"),
                            theme == null ? null : context.resolve(theme),
                            notice)
                    .withDescriptions(description, categories)
                    .withDefaultLanguageAtRoot(atRoot);
        } catch (IllegalArgumentException e) {
            throw new InputException("bad site settings; nothing was published: " + e.getMessage());
        }
    }

    /** The site's address: no user name or password (they would be in every link), no query, no fragment. */
    private static URI siteUrl(String text, String origin) {
        URI uri = uri(text, "the site address (" + origin + ")");
        String part = uri.getRawUserInfo() != null
                ? "a user name or password (they would be written into every canonical link)"
                : uri.getRawQuery() != null
                        ? "a query ('?" + uri.getRawQuery() + "')"
                        : uri.getRawFragment() != null ? "a fragment ('#" + uri.getRawFragment() + "')" : null;
        if (part != null) {
            throw new IllegalArgumentException("the site address (" + origin + ") must not have " + part
                    + "; give just the scheme, host and path, such as https://example.com/guides");
        }
        return uri;
    }

    private static URI uri(String text, String what) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException(what + " must be an http(s) address, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not an address: '" + text + "'", e);
        }
    }
}
