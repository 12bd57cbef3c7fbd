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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path folder;

    private SiteSettings settings() {
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
                null,
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

    private static PublishedArticle published(Article article) {
        Draft draft = Draft.of(article, 800, new Review(ReviewStatus.APPROVED, null, PUBLISHED), null);
        return new PublishedArticle(
                DraftHeader.of(Path.of("drafts", article.draftPath()), draft), PUBLISHED, PUBLISHED);
    }

    /** Publishes {@code articles}; returns the ids of the articles whose content was read (pages rendered). */
    private List<String> publish(List<Article> articles) {
        Map<String, Article> byId = new HashMap<>();
        List<PublishedArticle> published = new ArrayList<>();
        for (Article article : articles) {
            PublishedArticle a = published(article);
            byId.put(a.header().id(), article);
            published.add(a);
        }
        List<String> read = Collections.synchronizedList(new ArrayList<>());
        new SitePublisher(settings(), folder.resolve("state"))
                .publish(
                        published,
                        header -> {
                            read.add(header.id());
                            return byId.get(header.id());
                        },
                        false);
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
}
