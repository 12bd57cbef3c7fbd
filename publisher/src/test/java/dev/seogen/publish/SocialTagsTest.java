package dev.seogen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Social cards on disk, and the Open Graph, Twitter and JSON-LD tags that name them, read back from the pages. */
class SocialTagsTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Pattern META = Pattern.compile("<meta (?:property|name)=\"([^\"]+)\" content=\"([^\"]*)\">");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>");

    @TempDir
    Path folder;

    private SiteSettings settings(String author) {
        return settings(author, null);
    }

    private SiteSettings settings(String author, @Nullable Path theme) {
        return new SiteSettings(
                folder.resolve("site"),
                URI.create("https://example.com/guides"),
                "Explainers",
                LanguageTag.ENGLISH,
                author,
                "Explainers",
                "Ask us",
                null,
                null,
                theme,
                null);
    }

    private static Article article(String category, String question, String body) {
        return new Article(
                question,
                question,
                Slug.of(question),
                category,
                LanguageTag.ENGLISH,
                List.of(),
                "A description.",
                "An intro [1].",
                List.of(new Section("How", body)),
                new Section("Summary", "That is all."),
                List.of(
                        new Source(
                                1, "RFC 1034", List.of("Mockapetris, P."), 1987, "IETF", "https://a.example/1", null),
                        new Source(2, "RFC 2181", List.of(), 1997, null, "https://a.example/2", null)));
    }

    private List<Article> fixture() {
        return new ArrayList<>(List.of(
                article("DNS", "What is a CNAME record?", "It aliases [1][2]."),
                article("DNS", "What is a TTL?", "A lifetime [1]."),
                article("SMTP", "What is SPF?", "Senders [2].")));
    }

    private PublishResult publish(List<Article> articles, String author) {
        return publish(articles, settings(author));
    }

    private PublishResult publish(List<Article> articles, SiteSettings settings) {
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

    private static Map<String, String> meta(Path page) throws IOException {
        Map<String, String> tags = new TreeMap<>();
        Matcher m = META.matcher(Files.readString(page));
        while (m.find()) {
            tags.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return tags;
    }

    @Test
    void everyPageHasCompleteOpenGraphAndTwitterTags() throws IOException {
        publish(fixture(), "Ada");
        Path site = folder.resolve("site");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(7); // home, 2 categories, 3 articles, 404

        for (Path page : pages) {
            Map<String, String> tags = meta(page);
            String name = site.relativize(page).toString();
            assertThat(tags)
                    .as(name)
                    .containsKeys(
                            "og:type",
                            "og:title",
                            "og:description",
                            "og:image",
                            "og:image:alt",
                            "twitter:title",
                            "twitter:description",
                            "twitter:image",
                            "twitter:image:alt")
                    .containsEntry("og:image:width", "1200")
                    .containsEntry("og:image:height", "630")
                    .containsEntry("twitter:card", "summary_large_image");
            if (!name.equals("404.html")) { // a page that does not exist has no address of its own
                assertThat(tags).as(name).containsKey("og:url");
            }
            String image = tags.get("og:image");
            assertThat(image).as(name).startsWith("https://example.com/guides/").endsWith(".png");
            assertThat(tags.get("twitter:image")).isEqualTo(image);
            Path file = site.resolve(image.substring("https://example.com/guides/".length()));
            BufferedImage card = ImageIO.read(file.toFile());
            assertThat(card.getWidth()).as(image).isEqualTo(1200);
            assertThat(card.getHeight()).as(image).isEqualTo(630);
        }
        assertThat(meta(site.resolve("dns/what-is-a-cname-record/index.html")))
                .containsEntry("og:image", "https://example.com/guides/dns/what-is-a-cname-record/card.png")
                .containsEntry("og:image:alt", "What is a CNAME record? · Explainers")
                .containsEntry("og:type", "article");
        assertThat(meta(site.resolve("index.html"))).containsEntry("og:image", "https://example.com/guides/card.png");
        assertThat(meta(site.resolve("dns/index.html")))
                .containsEntry("og:image", "https://example.com/guides/card.png");
    }

    private static JsonNode article(Path page) throws IOException {
        Matcher m = JSON_LD.matcher(Files.readString(page));
        assertThat(m.find()).as("a JSON-LD block").isTrue();
        JsonNode json = new ObjectMapper().readTree(m.group(1));
        for (JsonNode node : json) {
            if (node.path("@type").asText().equals("Article")) {
                return node;
            }
        }
        throw new AssertionError("no Article in " + json);
    }

    @Test
    void articleJsonLdHasImageAuthorPublisherWithLogoAndACitationPerSource() throws IOException {
        publish(fixture(), "Ada Lovelace");
        Path site = folder.resolve("site");

        JsonNode article = article(site.resolve("dns/what-is-a-cname-record/index.html"));

        assertThat(article.at("/image/@type").asText()).isEqualTo("ImageObject");
        assertThat(article.at("/image/url").asText())
                .isEqualTo("https://example.com/guides/dns/what-is-a-cname-record/card.png");
        assertThat(article.at("/image/width").asInt()).isEqualTo(1200);
        assertThat(article.at("/author/@type").asText()).isEqualTo("Person");
        assertThat(article.at("/author/name").asText()).isEqualTo("Ada Lovelace");
        assertThat(article.at("/publisher/@type").asText()).isEqualTo("Organization");
        assertThat(article.at("/publisher/name").asText()).isEqualTo("Explainers");
        String logo = article.at("/publisher/logo/url").asText();
        assertThat(logo).isEqualTo("https://example.com/guides/logo.png");
        BufferedImage image = ImageIO.read(site.resolve("logo.png").toFile());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(512);
        assertThat(article.path("citation")).hasSize(2);
        assertThat(article.at("/citation/0/name").asText()).isEqualTo("RFC 1034");
        assertThat(article.at("/citation/1/url").asText()).isEqualTo("https://a.example/2");
    }

    @Test
    void withoutAnAuthorOfItsOwnThePublisherIsTheAuthor() throws IOException {
        publish(fixture(), "Explainers");

        JsonNode article = article(folder.resolve("site/smtp/what-is-spf/index.html"));

        assertThat(article.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(article.at("/author/name").asText()).isEqualTo("Explainers");
        assertThat(article.at("/author/logo/url").asText()).isEqualTo("https://example.com/guides/logo.png");
    }

    private Map<String, FileTime> cardTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        Path site = folder.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                times.put(site.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    @Test
    void aCardIsDrawnAgainOnlyWhenWhatItShowsChanges() throws IOException {
        List<Article> articles = fixture();
        publish(articles, "Ada");
        Path site = folder.resolve("site");
        Path cname = site.resolve("dns/what-is-a-cname-record/card.png");
        Path ttl = site.resolve("dns/what-is-a-ttl/card.png");
        byte[] cnameCard = Files.readAllBytes(cname);
        byte[] ttlCard = Files.readAllBytes(ttl);
        Map<String, FileTime> before = cardTimes();
        assertThat(before).containsKeys("card.png", "logo.png", "smtp/what-is-spf/card.png");
        Files.setLastModifiedTime(cname, FileTime.fromMillis(0)); // a card written again would get a new time
        Files.setLastModifiedTime(ttl, FileTime.fromMillis(0));

        // The CNAME article's text changes (not its card); the TTL article's question changes (its card too).
        articles.set(0, article("DNS", "What is a CNAME record?", "It aliases, and more [1][2]."));
        Article ttlArticle = articles.get(1);
        articles.set(
                1,
                new Article(
                        "What is a TTL, and who sets it?",
                        ttlArticle.title(),
                        ttlArticle.slug(),
                        "DNS",
                        LanguageTag.ENGLISH,
                        List.of(),
                        ttlArticle.metaDescription(),
                        ttlArticle.intro(),
                        ttlArticle.sections(),
                        ttlArticle.summary(),
                        ttlArticle.sources()));
        PublishResult second = publish(articles, "Ada");

        assertThat(Files.getLastModifiedTime(cname).toMillis())
                .as("same question: not drawn again")
                .isZero();
        assertThat(Files.readAllBytes(cname)).isEqualTo(cnameCard);
        assertThat(Files.readAllBytes(ttl)).as("a new question: a new card").isNotEqualTo(ttlCard);
        assertThat(second.changed()).isGreaterThan(0);
        assertThat(cardTimes().get("smtp/what-is-spf/card.png")).isEqualTo(before.get("smtp/what-is-spf/card.png"));
    }

    /** A flat 1200 × 630 picture of one colour, as a theme's card background. */
    private static void picture(Path file, int rgb) throws IOException {
        BufferedImage picture = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 630; y++) {
            for (int x = 0; x < 1200; x++) {
                picture.setRGB(x, y, rgb);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
    }

    @Test
    void aThemesCardPictureIsUnderEveryCardAndAnotherPictureDrawsThemAgain() throws IOException {
        Path theme = folder.resolve("theme");
        picture(theme.resolve("card/brand.png"), 0x336699);
        Files.writeString(theme.resolve("card.properties"), "image=card/brand.png\n");
        publish(fixture(), settings("Ada", theme));
        Path card = folder.resolve("site/dns/what-is-a-cname-record/card.png");
        BufferedImage drawn = ImageIO.read(card.toFile());
        assertThat(drawn.getRGB(5, 5) & 0xFFFFFF).as("the theme's picture").isEqualTo(0x336699);
        assertThat(drawn.getRGB(5, 625) & 0xFFFFFF).as("no stripe over it").isEqualTo(0x336699);
        assertThat(ImageIO.read(folder.resolve("site/card.png").toFile()).getRGB(5, 5) & 0xFFFFFF)
                .as("the site's card too")
                .isEqualTo(0x336699);

        picture(theme.resolve("card/brand.png"), 0x993366);
        publish(fixture(), settings("Ada", theme));

        assertThat(ImageIO.read(card.toFile()).getRGB(5, 5) & 0xFFFFFF)
                .as("a new picture: the cards drawn again")
                .isEqualTo(0x993366);
    }

    @Test
    void aCardGoesWithItsArticle() throws IOException {
        List<Article> articles = fixture();
        publish(articles, "Ada");
        articles.remove(2);

        publish(articles, "Ada");

        assertThat(folder.resolve("site/smtp/what-is-spf/card.png")).doesNotExist();
        assertThat(folder.resolve("site/dns/what-is-a-ttl/card.png")).exists();
    }
}
