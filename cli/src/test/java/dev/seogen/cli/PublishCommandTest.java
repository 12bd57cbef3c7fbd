package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.DraftStore;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code seogen publish} end to end: approved drafts, written by hand, to a site that validators accept. */
class PublishCommandTest {
    /** The sitemaps.org schema, kept in the test resources (see schemas/README.md). */
    private static final URL SITEMAP_XSD = PublishCommandTest.class.getResource("/schemas/sitemap.xsd");

    @TempDir
    Path folder;

    @BeforeEach
    void writeAndApproveDrafts() throws IOException {
        Path dns = Files.createDirectories(folder.resolve("drafts/dns"));
        Files.writeString(dns.resolve("what-is-a-cname-record-in-dns.md"), Fixtures.CLEAN);
        Files.writeString(dns.resolve("hostile.md"), Fixtures.HOSTILE);
        Path smtp = Files.createDirectories(folder.resolve("drafts/smtp"));
        Files.writeString(
                smtp.resolve("what-is-spf.md"),
                Fixtures.CLEAN
                        .replace("id: clean00001", "id: spf0000001")
                        .replace("question: What is a CNAME record in DNS?", "question: What is SPF?")
                        .replace("category: DNS", "category: SMTP"));
        Files.writeString(smtp.resolve("unapproved.md"), "---\ntitle: Not yet\ncategory: SMTP\n---\n\nDraft.\n");
        for (String id : List.of("clean00001", "spf0000001", "hostile001")) {
            CommandRun approve = CommandRun.seogen(folder, "review", "approve", id, "--force");
            assertThat(approve.exitCode()).as(approve.err()).isZero();
        }
    }

    private CommandRun publish(String... extra) {
        List<String> args = new ArrayList<>(List.of("publish", "--site-url", "https://example.com/guides"));
        args.addAll(List.of(extra));
        return CommandRun.seogen(folder, Map.of(), args.toArray(String[]::new));
    }

    @Test
    void publishesApprovedDraftsAsPagesWithEveryFileTheSiteNeeds() throws IOException {
        CommandRun run = publish();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path site = folder.resolve("site");
        assertThat(site.resolve("dns/what-is-a-cname-record-in-dns/index.html")).exists();
        assertThat(site.resolve("smtp/what-is-spf/index.html")).exists();
        assertThat(site.resolve("smtp/unapproved")).doesNotExist();
        for (String file : List.of(
                "index.html",
                "dns/index.html",
                "smtp/index.html",
                "404.html",
                "sitemap.xml",
                "robots.txt",
                "feed.xml",
                "assets/style.css",
                "assets/favicon.svg")) {
            assertThat(site.resolve(file)).as(file).exists();
        }
        assertThat(site.resolve("robots.txt")).content().contains("Sitemap: https://example.com/guides/sitemap.xml");
        assertThat(run.out()).contains("Published 3 articles").contains("3 drafts marked published");
        var store = new DraftStore(folder.resolve("drafts"));
        assertThat(store.read(folder.resolve("drafts/dns/what-is-a-cname-record-in-dns.md"))
                        .review()
                        .status())
                .isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(store.read(folder.resolve("drafts/smtp/unapproved.md"))
                        .review()
                        .status())
                .isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void theArticlePageReadsLikeTheSampleAndCarriesItsMetadata() throws IOException {
        publish();

        String page = Files.readString(folder.resolve("site/dns/what-is-a-cname-record-in-dns/index.html"));
        assertThat(page)
                .contains("<html lang=\"en\">")
                .contains("<title>What Is a CNAME Record in DNS and When to Use It</title>")
                .contains("<meta name=\"description\" content=\"A CNAME record in DNS makes one name an alias")
                .contains(
                        "<link rel=\"canonical\" href=\"https://example.com/guides/dns/what-is-a-cname-record-in-dns/\">")
                .contains("<meta property=\"og:title\"", "<meta name=\"twitter:card\" content=\"summary_large_image\">")
                .contains("\"@type\":\"Article\"", "\"@type\":\"BreadcrumbList\"", "\"inLanguage\":\"en\"")
                .contains("<h1>What is a CNAME record in DNS?</h1>")
                .contains("<span class=\"section-number\">1.</span> How it works</h2>")
                .contains("<span class=\"section-number\">2.</span> Where it is not allowed</h2>")
                .contains("<h2 id=\"summary-title\">Summary</h2>", "<h2 id=\"sources-title\">Sources</h2>")
                .contains("Mockapetris, P. (1987). Domain names: concepts and facilities. IETF")
                .contains("href=\"https://doi.org/10.17487/RFC2181\"")
                .contains("<a href=\"/guides/smtp/\">SMTP</a>")
                .contains("<nav aria-label=\"Breadcrumb\"");
        assertThat(Pattern.compile("<h1[ >]").matcher(page).results().count()).isEqualTo(1);
    }

    @Test
    void eachSourceIsLinkedWhereItsCheckFoundItAndListedAsACitation() throws IOException {
        Path draft = folder.resolve("drafts/dns/what-is-a-cname-record-in-dns.md");
        Files.writeString(
                draft,
                Files.readString(draft)
                        .replace(
                                "      detail: HTTP 200\n",
                                "      detail: HTTP 200\n      final_url: https://www.rfc-editor.org/rfc/rfc1034.html\n"));

        publish();

        String page = Files.readString(folder.resolve("site/dns/what-is-a-cname-record-in-dns/index.html"));
        assertThat(page).contains("href=\"https://www.rfc-editor.org/rfc/rfc1034.html\"");
        assertThat(page)
                .contains(
                        "<span class=\"check check-ok\">Link checked <time datetime=\"2026-11-25\">November 25, 2026</time>");
        String jsonLd = page.replaceAll("(?s).*<script type=\"application/ld\\+json\">(.*?)</script>.*", "$1");
        JsonNode article = new ObjectMapper().readTree(jsonLd).get(0);
        assertThat(article.at("/citation/0/@type").asText()).isEqualTo("CreativeWork");
        assertThat(article.at("/citation/0/url").asText()).isEqualTo("https://www.rfc-editor.org/rfc/rfc1034.html");
        assertThat(article.at("/citation/0/author/0/name").asText()).isEqualTo("Mockapetris, P.");
        assertThat(article.at("/citation/1/url").asText()).isEqualTo("https://doi.org/10.17487/RFC2181");
    }

    @Test
    void aPreviewIsNotForSearchEnginesAndTheSiteHasAnLlmsTxt() throws IOException {
        CommandRun preview = publish("--include-drafts", "--site", "preview");
        CommandRun site = publish();

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(folder.resolve("preview/robots.txt"))
                .content()
                .contains("Disallow: /")
                .doesNotContain("Allow: /\n");
        assertThat(folder.resolve("preview/smtp/unapproved/index.html"))
                .content()
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(folder.resolve("preview/index.html")).content().contains("noindex, nofollow");
        assertThat(site.exitCode()).as(site.err()).isZero();
        assertThat(folder.resolve("site/robots.txt")).content().contains("Allow: /", "Sitemap:");
        assertThat(folder.resolve("site/index.html")).content().doesNotContain("noindex");
        assertThat(folder.resolve("site/llms.txt"))
                .content()
                .startsWith("# Explainers\n")
                .contains("## DNS\n")
                .contains(
                        "- [What is a CNAME record in DNS?](https://example.com/guides/dns/what-is-a-cname-record-in-dns/):"
                                + " A CNAME record in DNS makes one name an alias");
    }

    @Test
    void nothingADraftSaysCanPutMarkupScriptOrDirectivesInAPage() throws IOException {
        publish();

        String page = Files.readString(folder.resolve("site/dns/hostile/index.html"));
        String withoutJsonLd = page.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        assertThat(withoutJsonLd).doesNotContain("<script", "<img", "onerror=\"", "href=\"javascript:");
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
                .contains("${7*7}")
                .contains("&lt;#if true&gt;")
                .doesNotContain("</script><script>");
        String jsonLd = page.replaceAll("(?s).*<script type=\"application/ld\\+json\">(.*?)</script>.*", "$1");
        assertThat(jsonLd).doesNotContain("<").contains("\\u003cscript");
    }

    @Test
    void theSitemapValidatesTheFeedIsAtomAndEveryInternalLinkResolves() throws Exception {
        publish();
        Path site = folder.resolve("site");

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SITEMAP_XSD)
                .newValidator()
                .validate(new StreamSource(site.resolve("sitemap.xml").toFile()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed =
                factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isEqualTo(3);

        assertThat(SiteChecks.brokenLinks(site, "/guides/")).isEmpty();
    }

    @Test
    void publishingTheSameDraftsAgainGivesTheSameBytes() throws IOException {
        publish();
        Map<String, String> first = snapshot(folder.resolve("site"));

        CommandRun again = publish();

        assertThat(snapshot(folder.resolve("site"))).isEqualTo(first);
        assertThat(again.out()).contains("0 new or changed, 0 removed");
    }

    @Test
    void aThemeFolderOverridesATemplateAndABrokenOneLeavesTheSiteAsItWas() throws IOException {
        publish();
        Map<String, String> before = snapshot(folder.resolve("site"));
        Path theme = Files.createDirectories(folder.resolve("theme"));
        Files.writeString(
                theme.resolve("404.ftlh"),
                "<#import \"layout.ftlh\" as layout>"
                        + "<@layout.page site=site title=\"Lost\" description=\"Lost\" canonical=site.baseUrl><p>Custom</p></@layout.page>");

        assertThat(publish("--theme", "theme").exitCode()).isZero();
        assertThat(folder.resolve("site/404.html")).content().contains("<p>Custom</p>");

        Files.writeString(theme.resolve("404.ftlh"), "${undefinedVariable}");
        Map<String, String> custom = snapshot(folder.resolve("site"));
        CommandRun broken = publish("--theme", "theme");

        assertThat(broken.exitCode()).isNotZero();
        assertThat(broken.err()).contains("404.ftlh");
        assertThat(snapshot(folder.resolve("site"))).isEqualTo(custom).isNotEqualTo(before);
        try (Stream<Path> siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".seogen-new"));
        }
    }

    @Test
    void categoryIntroductionsComeFromSeogenYamlAndABadOneIsRefusedByItsLine() throws IOException {
        Files.writeString(
                folder.resolve("seogen.yaml"),
                "site:\n  description: Plain answers about DNS and e-mail\n  categories:\n    dns:\n"
                        + "      description: How names find their servers.\n");

        CommandRun run = publish();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve("site/dns/index.html"))
                .content()
                .contains("<p class=\"lead\">How names find their servers.</p>");
        assertThat(folder.resolve("site/index.html"))
                .content()
                .contains("<h1>Plain answers about DNS and e-mail</h1>", "How names find their servers.");

        Files.writeString(
                folder.resolve("seogen.yaml"),
                "site:\n  categories:\n    DNS:\n      description: Names.\n    smtp:\n      summary: Mail.\n");
        CommandRun bad = publish();

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .contains("site.categories.smtp.summary", "unknown setting", "site.categories.<slug>.description");
        Files.writeString(folder.resolve("seogen.yaml"), "site:\n  categories:\n    DNS:\n      description: Names.\n");
        CommandRun badSlug = publish();
        assertThat(badSlug.exitCode()).isEqualTo(2);
        assertThat(badSlug.err())
                .contains("site.categories.DNS.description from seogen.yaml:4", "not a category's slug");
    }

    @Test
    void aLanguageWithNoMessageBundleIsNamedOnceAndItsPagesUseEnglish() throws IOException {
        for (String draft : List.of("drafts/dns/what-is-a-cname-record-in-dns.md", "drafts/smtp/what-is-spf.md")) {
            Path file = folder.resolve(draft);
            String text = Files.readString(file);
            assertThat(text).contains("\nlanguage: en\n");
            Files.writeString(file, text.replace("\nlanguage: en\n", "\nlanguage: nl\n"));
        }
        CommandRun approve = CommandRun.seogen(folder, "review", "approve", "clean00001", "spf0000001", "--force");
        assertThat(approve.exitCode()).as(approve.err()).isZero();

        CommandRun run = publish();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().split("no message bundle", -1)).hasSize(2);
        assertThat(run.out()).contains("no message bundle for nl: those pages show the theme's words in English");
        assertThat(folder.resolve("site/nl/smtp/what-is-spf/index.html")) // beside English: a site in two languages
                .content()
                .contains("<html lang=\"nl\">", "<span>Published <time");
    }

    @Test
    void withoutABaseUrlNothingIsPublished() {
        CommandRun run = CommandRun.seogen(folder, "publish");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--site-url");
        assertThat(folder.resolve("site")).doesNotExist();
    }

    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(
                        site.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void aRepublishRewritesOnlyWhatChangedAndWithdrawsWhatIsNoLongerPublished() throws IOException {
        publish();
        Path article = folder.resolve("drafts/smtp/what-is-spf.md");
        Files.writeString(
                article,
                Files.readString(article)
                        .replace("This article shows how it works.", "This article shows how it works, step by step."));
        Path untouched = folder.resolve("site/dns/what-is-a-cname-record-in-dns/index.html");
        var before = Files.getLastModifiedTime(untouched);

        CommandRun edited = publish();
        var afterEdit = Files.getLastModifiedTime(untouched);
        CommandRun rejected = CommandRun.seogen(folder, "review", "reject", "hostile001", "--note", "No.");
        CommandRun afterReject = publish();

        assertThat(edited.out())
                .containsPattern("Published 3 articles .*: \\d+ files, [1-5] new or changed, 0 removed");
        assertThat(folder.resolve("site/smtp/what-is-spf/index.html")).content().contains("step by step");
        assertThat(afterEdit)
                .as("a page the edit does not touch is not rewritten")
                .isEqualTo(before);
        assertThat(rejected.exitCode()).isZero();
        assertThat(afterReject.out()).contains("Published 2 articles").contains("taken down: /dns/hostile/");
        assertThat(folder.resolve("site/dns/hostile/index.html")).content().contains("no longer published", "noindex");
    }

    @Test
    void aDraftEditedSinceTheLastPublishIsReadAgainAndFullAgreesWithIncremental() throws IOException {
        // Drafts from a while ago, as they are on a real site: their headers go into the index.
        try (Stream<Path> files = Files.walk(folder.resolve("drafts"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
        publish();
        assertThat(folder.resolve(".seogen/publish")).isDirectoryContaining("glob:**/drafts-*.index");
        Path article = folder.resolve("drafts/smtp/what-is-spf.md");
        Files.writeString(
                article,
                Files.readString(article).replace("This article shows how it works.", "It shows how, in order."));
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        CommandRun edited = publish();
        CommandRun full = publish("--full");

        assertThat(edited.exitCode()).isZero();
        assertThat(folder.resolve("site/smtp/what-is-spf/index.html")).content().contains("It shows how, in order.");
        assertThat(full.exitCode()).isZero();
        assertThat(full.out()).contains(" 0 new or changed, 0 removed");
    }
}
