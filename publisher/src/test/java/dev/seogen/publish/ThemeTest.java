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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the built-in theme shows a reader: its header, introductions, table of contents, words and dates. */
class ThemeTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path folder;

    private SiteSettings settings(@Nullable Path theme, Map<String, String> categories) {
        return new SiteSettings(
                        folder.resolve("site"),
                        URI.create("https://example.com"),
                        "Explainers",
                        LanguageTag.ENGLISH,
                        "The Explainers team",
                        "Explainers",
                        "Ask us a question",
                        URI.create("https://example.com/contact"),
                        null,
                        theme,
                        null)
                .withDescriptions("", categories);
    }

    private static Article article(String category, String question, String language, int sections) {
        List<Section> body = new ArrayList<>();
        for (int i = 1; i <= sections; i++) {
            body.add(new Section("Partie " + i, "Le texte de la partie " + i + " [1]."));
        }
        return new Article(
                question,
                question,
                Slug.of(question),
                category,
                new LanguageTag(language),
                List.of("mot"),
                "Une description de l’article, assez longue pour que les moteurs de recherche la montrent en entier.",
                "Une introduction [1].",
                body,
                new Section("Résumé", "C’est tout."),
                List.of(new Source(
                        1, "Le système de noms", List.of("Dupont, A."), 1999, "IETF", "https://example.org/a", null)));
    }

    private PublishResult publish(SiteSettings settings, List<Article> articles) {
        Map<String, Draft> byId = new HashMap<>();
        List<PublishedArticle> published = new ArrayList<>();
        for (Article article : articles) {
            Draft draft = Draft.of(article, 800, new Review(ReviewStatus.APPROVED, null, PUBLISHED), null);
            DraftHeader header = DraftHeader.of(Path.of("drafts", article.draftPath()), draft);
            byId.put(header.id(), draft);
            published.add(new PublishedArticle(header, PUBLISHED, PUBLISHED));
        }
        return new SitePublisher(settings, folder.resolve("state")).publish(published, h -> byId.get(h.id()), false);
    }

    private String page(String path) throws IOException {
        return Files.readString(folder.resolve("site").resolve(path));
    }

    @Test
    void aCategoryIntroductionFromTheSettingsIsOnItsPageAndTheHomePage() throws IOException {
        String intro = "How names find their servers: records, caching & signatures.";
        publish(
                settings(null, Map.of("dns", intro)),
                List.of(article("DNS", "What is a CNAME?", "en", 2), article("SMTP", "What is SPF?", "en", 2)));

        String escaped = "How names find their servers: records, caching &amp; signatures.";
        assertThat(page("dns/index.html"))
                .contains("<p class=\"lead\">" + escaped + "</p>")
                .contains("<meta name=\"description\" content=\"" + escaped + "\">");
        assertThat(page("index.html")).contains(escaped).contains("Articles about SMTP, one question per page.");
        assertThat(page("smtp/index.html"))
                .contains("<p class=\"lead\">Articles about SMTP, one question per page.</p>");
    }

    @Test
    void theHeaderNamesTheMainCategoriesAndTheFooterListsEveryOneWhenThereAreMore() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            for (int a = 0; a < c; a++) { // category 8 has the most articles, category 1 the fewest
                articles.add(article("Topic " + c, "Question " + a + " on topic " + c + "?", "en", 1));
            }
        }
        publish(settings(null, Map.of()), articles);

        String home = page("index.html");
        String header = home.substring(home.indexOf("<header class=\"site-header\">"), home.indexOf("</header>"));
        assertThat(header).contains("href=\"/topic-3/\"", "href=\"/topic-8/\"", "href=\"/#topics\">All topics</a>");
        assertThat(header).doesNotContain("/topic-1/", "/topic-2/");
        String footer = home.substring(home.indexOf("<footer"));
        assertThat(footer).contains("href=\"/topic-1/\"", "href=\"/topic-8/\"");
        assertThat(page("topic-5/index.html")).contains("<a href=\"/topic-5/\" aria-current=\"page\">Topic 5</a>");
        assertThat(home).contains("id=\"topics\"");
    }

    @Test
    void theTableOfContentsIsShownFromThreeSections() throws IOException {
        publish(
                settings(null, Map.of()),
                List.of(article("DNS", "Two parts?", "en", 2), article("DNS", "Three parts?", "en", 3)));

        assertThat(page("dns/two-parts/index.html")).doesNotContain("In this article");
        assertThat(page("dns/three-parts/index.html"))
                .contains("<h2 id=\"toc-title\">In this article</h2>")
                .contains("<li><a href=\"#section-3\">Partie 3</a></li>", "<li><a href=\"#summary\">Résumé</a></li>");
    }

    @Test
    void aFrenchArticleShowsNoEnglishThemeWordAndItsDatesInFrench() throws IOException {
        publish(settings(null, Map.of()), List.of(article("DNS", "Qu’est-ce qu’un CNAME ?", "fr", 3)));

        String page = page("dns/" + Slug.of("Qu’est-ce qu’un CNAME ?").value() + "/index.html");
        Properties english = bundle("en");
        Properties french = bundle("fr");
        List<String> found = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(french.getProperty(key))) {
                continue; // the same word in both languages ("Sources"): not an English word on a French page
            }
            for (String part : english.getProperty(key).split("\\{\\d}")) {
                String words = part.strip();
                if (words.length() > 1
                        && Pattern.compile("(?<!\\p{L})" + Pattern.quote(words) + "(?!\\p{L})")
                                .matcher(page)
                                .find()) {
                    found.add(key + ": " + words);
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(page)
                .contains("<html lang=\"fr\">")
                .contains("Publié le <time datetime=\"2026-11-20\">20 novembre 2026</time>")
                .contains("Dans cet article", ">Accueil</a>")
                .doesNotContain("November");
    }

    @Test
    void aLanguageWithoutABundleUsesEnglishAndIsNamedInTheResult() throws IOException {
        PublishResult result = publish(
                settings(null, Map.of()),
                List.of(
                        article("DNS", "Wat is een CNAME?", "nl", 3),
                        article("DNS", "Wat is een TTL?", "nl", 3),
                        article("DNS", "What is SPF?", "en", 3)));

        assertThat(result.untranslated()).containsExactly("nl");
        assertThat(page("nl/dns/wat-is-een-cname/index.html"))
                .contains("<html lang=\"nl\">")
                .contains("In this article", "Published <time datetime=\"2026-11-20\">November 20, 2026</time>");
    }

    @Test
    void aThemeBundleOverridesWordsAndAddsALanguage(@TempDir Path theme) throws IOException {
        Files.createDirectories(theme.resolve("messages"));
        Files.writeString(theme.resolve("messages/messages_en.properties"), "inThisArticle=On this page\n");
        Files.writeString(
                theme.resolve("messages/messages_nl.properties"), "inThisArticle=In dit artikel\nhome=Start\n");

        PublishResult result = publish(
                settings(theme, Map.of()),
                List.of(article("DNS", "Wat is een CNAME?", "nl", 3), article("DNS", "What is SPF?", "en", 3)));

        assertThat(result.untranslated()).isEmpty();
        assertThat(page("nl/dns/wat-is-een-cname/index.html"))
                .contains("In dit artikel", ">Start</a>")
                .contains("Published"); // a key the theme's bundle lacks comes from English
        assertThat(page("en/dns/what-is-spf/index.html"))
                .contains("On this page")
                .doesNotContain("In this article");
    }

    @Test
    void theHomeACategoryAnArticleAnd404HaveNoErrorOrWarningForTheNuHtmlChecker() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int c = 1; c <= 7; c++) {
            articles.add(article("Topic " + c, "Question on topic " + c + "?", "en", 3));
        }
        articles.add(article("Topic 1", "Une question en français ?", "fr", 3));
        publish(settings(null, Map.of("topic-1", "The first topic.")), articles);
        Path site = folder.resolve("site");

        JsonNode result = NuHtmlChecker.checkWithWarnings(List.of(
                site.resolve("index.html").toString(),
                site.resolve("topic-1/index.html").toString(),
                site.resolve("topic-1/question-on-topic-1/index.html").toString(),
                site.resolve("topic-1/une-question-en-francais/index.html").toString(),
                site.resolve("404.html").toString()));

        List<String> messages = new ArrayList<>();
        for (JsonNode message : result.path("messages")) {
            messages.add(message.path("type").asText() + " "
                    + message.path("subType").asText() + " "
                    + message.path("url").asText().replaceAll(".*/site/", "") + ":"
                    + message.path("lastLine").asText() + ": "
                    + message.path("message").asText());
        }
        assertThat(messages).isEmpty();
    }

    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = Objects.requireNonNull(
                ThemeTest.class.getResourceAsStream("/theme/messages/messages_" + language + ".properties"))) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
