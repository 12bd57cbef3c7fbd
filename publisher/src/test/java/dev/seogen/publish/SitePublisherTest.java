package dev.seogen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path folder;

    private SiteSettings settings() {
        return settings(null);
    }

    private SiteSettings settings(@Nullable Path theme) {
        return new SiteSettings(
                folder.resolve("site"),
                URI.create("https://example.com"),
                "Explainers",
                LanguageTag.ENGLISH,
                "The Explainers team",
                "Explainers",
                "Ask us a question",
                URI.create("https://example.com/contact"),
                URI.create("https://example.com/legal"),
                theme,
                "Written by a stand-in model.");
    }

    private static Article article(String category, String question, String intro, String body, List<Source> sources) {
        return new Article(
                question,
                "Title of " + question.replace("?", ""),
                Slug.of(question),
                category,
                LanguageTag.ENGLISH,
                List.of("dns", "cname"),
                "A description of the article that is long enough for search results to show it in full, and no longer.",
                intro,
                List.of(
                        new Section("How it works", body, List.of(new Section("The details", "More [1]."))),
                        new Section("Where it is not allowed", "Not at the apex [1].")),
                new Section("Summary", "That is all."),
                sources);
    }

    private static List<Article> fixture() {
        List<Source> sources = List.of(
                new Source(
                        1,
                        "Domain names - concepts and facilities",
                        List.of("Mockapetris, P."),
                        1987,
                        "IETF",
                        "https://www.rfc-editor.org/rfc/rfc1034",
                        null),
                new Source(
                        2,
                        "Clarifications to the DNS Specification",
                        List.of("Elz, R.", "Bush, R."),
                        1997,
                        "IETF",
                        null,
                        "10.17487/RFC2181"));
        List<Source> hostileSources = List.of(new Source(
                1,
                "</script><script>alert('source')</script>",
                List.of("<img src=x onerror=alert(1)>"),
                null,
                "\"><b>",
                "javascript:alert(1)",
                "javascript:alert(2)"));
        String hostile = "<img src=x onerror=alert(1)> [a link](javascript:alert(2)) <javascript:alert(3)>"
                + " ![x](data:image/png;base64,AAAA) <#if true>x</#if> ${7*7} ما هو DNS؟ 🚀 " + "x".repeat(20_000);
        List<Article> articles = new ArrayList<>();
        articles.add(article(
                "DNS",
                "What is a CNAME record?",
                "A CNAME record is an alias [1].",
                "A resolver follows it [1][2].\n\n```sh\ndig www.example.com CNAME\n```",
                sources));
        articles.add(article("DNS", "What is a TTL?", "A TTL is a lifetime [1].", "Caches keep it [1].", sources));
        articles.add(article("SMTP", "What is SPF?", "SPF lists senders [1].", "Receivers check it [1].", sources));
        Article evil = article(
                "<script>alert('category')</script>",
                "<script>alert('q')</script> ../../etc/passwd?",
                hostile,
                hostile,
                hostileSources);
        articles.add(evil);
        return articles;
    }

    private static Draft draft(Article article) {
        return Draft.of(article, 800, new Review(ReviewStatus.APPROVED, null, PUBLISHED), null);
    }

    private static PublishedArticle published(Article article) {
        return new PublishedArticle(
                DraftHeader.of(Path.of("drafts", article.draftPath()), draft(article)), PUBLISHED, PUBLISHED);
    }

    @Test
    void aPreviewOfOneArticleIsThePagePublishWritesAndWritesNothing() throws IOException {
        List<Article> articles = fixture();
        publish(List.of(articles.get(0)));
        String written = Files.readString(folder.resolve("site")
                .resolve(articles.get(0).categorySlug().value())
                .resolve(articles.get(0).slug().value())
                .resolve("index.html"));
        Path other = folder.resolve("other");
        SiteSettings elsewhere = new SiteSettings(
                other,
                settings().baseUrl(),
                settings().title(),
                settings().language(),
                settings().author(),
                settings().publisher(),
                settings().ctaText(),
                settings().ctaLink(),
                settings().legalLink(),
                null,
                settings().notice());

        String preview = new SitePublisher(elsewhere, folder.resolve("state"))
                .renderArticlePage(published(articles.get(0)), draft(articles.get(0)));
        String hostile = new SitePublisher(elsewhere, folder.resolve("state"))
                .renderArticlePage(published(articles.get(3)), draft(articles.get(3)));

        assertThat(preview).isEqualTo(written); // one article alone: no related articles, one category
        assertThat(hostile).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:");
        assertThat(other).doesNotExist();
    }

    /** Publishes {@code articles}; returns the ids of the articles whose content was read (pages rendered). */
    private List<String> publish(List<Article> articles) {
        return publish(articles, settings(), false);
    }

    private List<String> publish(List<Article> articles, SiteSettings settings, boolean full) {
        Map<String, Article> byId = new HashMap<>();
        List<PublishedArticle> published = new ArrayList<>();
        for (Article article : articles) {
            PublishedArticle a = published(article);
            byId.put(a.header().id(), article);
            published.add(a);
        }
        List<String> read = Collections.synchronizedList(new ArrayList<>());
        new SitePublisher(settings, folder.resolve("state"))
                .publish(
                        published,
                        header -> {
                            read.add(header.id());
                            return draft(byId.get(header.id()));
                        },
                        full);
        return read;
    }

    @Test
    void everyPageIsValidHtmlForTheNuHtmlChecker() throws Exception {
        publish(fixture());
        List<String> pages;
        try (Stream<Path> files = Files.walk(folder.resolve("site"))) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }

        JsonNode result = NuHtmlChecker.check(pages);

        List<String> errors = new ArrayList<>();
        for (JsonNode message : result.path("messages")) {
            errors.add(message.path("url").asText().replaceAll(".*/site/", "") + ":"
                    + message.path("lastLine").asText() + ": "
                    + message.path("message").asText());
        }
        assertThat(pages).hasSizeGreaterThan(5);
        assertThat(errors).isEmpty();
    }

    @Test
    void pagesMatchTheirGoldenFiles() throws IOException {
        publish(fixture());
        Path site = folder.resolve("site");

        for (String page : List.of(
                "dns/what-is-a-cname-record/index.html",
                "dns/index.html",
                "index.html",
                "404.html",
                "sitemap.xml",
                "feed.xml",
                "robots.txt")) {
            Path golden = GOLDEN.resolve(page.replace('/', '_'));
            if (Boolean.getBoolean("seogen.updateGolden")) {
                Files.copy(site.resolve(page), golden, StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(site.resolve(page)).as(page).hasSameTextualContentAs(golden);
        }
    }

    @Test
    void aHostileDraftStaysInsideTheSiteAndOutOfTheMarkup() throws IOException {
        publish(fixture());
        Path site = folder.resolve("site");

        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile))
                    .allMatch(f -> f.startsWith(site) || f.startsWith(folder.resolve("state")));
        }
        Path page = site.resolve("script-alert-category-script/script-alert-q-script-etc-passwd/index.html");
        String html = Files.readString(page).replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        assertThat(html)
                .doesNotContain("<script", "<img src=x", "href=\"javascript:", "src=\"data:", "<iframe")
                .doesNotContainPattern("<[^>]*\\son[a-z]+=")
                .contains("${7*7}", "&lt;#if true&gt;");
    }

    private static String id(Article article) {
        return Draft.idOf(article.categorySlug(), article.slug());
    }

    private Map<String, FileTime> times() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        Path site = folder.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(site.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    @Test
    void aRepublishRendersOnlyThePagesWhoseInputsChanged() throws IOException {
        List<Article> articles = fixture();
        assertThat(publish(articles)).hasSize(4);
        Map<String, FileTime> before = times();
        Article cname = articles.get(0);
        articles.set(
                0,
                cname.withSections(List.of(new Section("How it works", "A resolver follows it, always [1].")))
                        .withSlug(cname.slug()));

        List<String> read = publish(articles);

        assertThat(read).containsExactly(id(cname));
        Path site = folder.resolve("site");
        assertThat(site.resolve("dns/what-is-a-cname-record/index.html"))
                .content()
                .contains("follows it, always");
        Map<String, FileTime> after = times();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.keySet().removeIf(page -> !before.get(page).equals(after.get(page)));
        assertThat(before)
                .doesNotContainKey("dns/what-is-a-cname-record/index.html")
                .containsKey("dns/index.html");
        assertThat(publish(articles)).as("nothing changed").isEmpty();
    }

    @Test
    void aNewQuestionReachesEveryPageThatListsItAndNothingElseIsRead() throws IOException {
        List<Article> articles = fixture();
        articles.set(2, withQuestionAndKeywords(articles.get(2), articles.get(2).question(), List.of("spf")));
        publish(articles);
        Article ttl = articles.get(1);
        articles.set(1, withQuestionAndKeywords(ttl, "How long does a DNS answer live?", ttl.keywords()));

        List<String> read = publish(articles);

        // The SPF article shares no keyword with the TTL one: its page does not list it and is not rendered.
        assertThat(read).containsExactlyInAnyOrder(id(articles.get(0)), id(ttl), id(articles.get(3)));
        Path site = folder.resolve("site");
        for (String page :
                List.of("dns/what-is-a-cname-record/index.html", "dns/index.html", "index.html", "feed.xml")) {
            assertThat(site.resolve(page)).as(page).content().contains("How long does a DNS answer live?");
        }
        assertThat(site.resolve("smtp/what-is-spf/index.html")).content().doesNotContain("DNS answer");
    }

    private static Article withQuestionAndKeywords(Article a, String question, List<String> keywords) {
        return new Article(
                question,
                a.title(),
                a.slug(),
                a.category(),
                a.language(),
                keywords,
                a.metaDescription(),
                a.intro(),
                a.sections(),
                a.summary(),
                a.sources());
    }

    @Test
    void aFullPublishRendersEveryPageAgainAndPutsBackWhatWasDeletedByHand() throws IOException {
        List<Article> articles = fixture();
        publish(articles);
        Path site = folder.resolve("site");
        String home = Files.readString(site.resolve("index.html"));
        Files.delete(site.resolve("index.html"));
        Files.writeString(site.resolve("stray.html"), "not ours");

        List<String> read = publish(articles, settings(), true);

        assertThat(read).hasSize(4);
        assertThat(site.resolve("index.html")).content().isEqualTo(home);
        assertThat(site.resolve("stray.html")).content().isEqualTo("not ours");
    }

    @Test
    void aFirstPublishIntoAFolderWithOtherFilesLeavesThemAndNamesThem() throws IOException {
        Path site = Files.createDirectories(folder.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        Files.createDirectories(site.resolve("drafts/dns"));
        Files.writeString(site.resolve("drafts/dns/a.md"), "a draft");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref");

        PublishResult result = new SitePublisher(settings(), folder.resolve("state"))
                .publish(
                        List.of(published(fixture().get(0))),
                        header -> draft(fixture().get(0)),
                        false);

        assertThat(result.removed()).isZero();
        assertThat(result.others()).containsExactly("drafts/dns/a.md", "notes.txt");
        assertThat(site.resolve("notes.txt")).content().isEqualTo("mine");
        assertThat(site.resolve("drafts/dns/a.md")).content().isEqualTo("a draft");
        assertThat(site.resolve("index.html")).exists();
    }

    @Test
    void removesOnlyThePagesItWroteWhenTheirArticlesGo() throws IOException {
        List<Article> articles = fixture();
        publish(articles);
        Path site = folder.resolve("site");
        Files.writeString(site.resolve("notes.txt"), "mine");
        String gone = articles.get(0).categorySlug() + "/" + articles.get(0).slug() + "/index.html";
        assertThat(site.resolve(gone)).exists();

        publish(articles.subList(1, articles.size()), settings(), true);

        assertThat(site.resolve(gone)).doesNotExist();
        assertThat(site.resolve("notes.txt")).content().isEqualTo("mine");
    }

    @Test
    void aDamagedManifestOrAChangedThemeRendersEveryPageAgain(@TempDir Path theme) throws IOException {
        List<Article> articles = fixture();
        publish(articles);
        Map<String, byte[]> pages = new TreeMap<>();
        for (String page : times().keySet()) {
            pages.put(page, Files.readAllBytes(folder.resolve("site").resolve(page)));
        }
        try (Stream<Path> manifests = Files.list(folder.resolve("state"))) {
            for (Path manifest :
                    manifests.filter(f -> f.toString().endsWith(".manifest")).toList()) {
                Files.write(manifest, new byte[] {0, 0, 0, 7, 's', 'e', 'o'});
            }
        }

        assertThat(publish(articles)).hasSize(4);
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            assertThat(folder.resolve("site").resolve(page.getKey()))
                    .as(page.getKey())
                    .hasBinaryContent(page.getValue());
        }

        String notFound = new String(
                Objects.requireNonNull(SitePublisher.class.getResourceAsStream("/theme/404.ftlh"))
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(
                theme.resolve("404.ftlh"), notFound.replace("<h1>${msg.notFoundTitle}</h1>", "<h1>Lost</h1>"));
        assertThat(publish(articles, settings(theme), false)).hasSize(4);
        assertThat(folder.resolve("site/404.html")).content().contains("<h1>Lost</h1>");
    }

    @Test
    void pagesDeletedFromTheSiteFolderAreRenderedAgain() throws IOException {
        List<Article> articles = fixture();
        publish(articles);
        Map<String, FileTime> pages = times();
        Path site = folder.resolve("site");
        try (Stream<Path> entries = Files.list(site)) {
            for (Path entry : entries.toList()) {
                deleteTree(entry); // as a CI job does that keeps .seogen/ but starts from an empty site folder
            }
        }

        List<String> read = publish(articles);

        assertThat(read).hasSize(4);
        assertThat(times().keySet()).isEqualTo(pages.keySet());
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
