package dev.seogen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in two languages: each article's card beside its page in its language's tree, one site card and logo
 * at the root that every language's pages show, and in-text links only between articles of one language.
 */
class MultilingualCardsAndLinksTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
    private static final LanguageTag FRENCH = new LanguageTag("fr");

    @TempDir
    Path folder;

    private static Draft draft(LanguageTag language, String slug, String question, String keyword, String body) {
        Article article = new Article(
                question,
                question,
                Slug.of(slug),
                "DNS",
                language,
                List.of(keyword),
                "A description.",
                "An intro.",
                List.of(new Section("How", body)),
                new Section("Summary", "That is all."),
                List.of());
        return Draft.of(article, 800, new Review(ReviewStatus.APPROVED, null, PUBLISHED), null);
    }

    private PublishResult publish() {
        List<Draft> drafts = List.of(
                draft(
                        LanguageTag.ENGLISH,
                        "what-is-a-cname-record",
                        "What is a CNAME record?",
                        "CNAME record",
                        "Aliases."),
                draft(LanguageTag.ENGLISH, "what-is-a-ttl", "What is a TTL?", "TTL", "How long a CNAME record lives."),
                draft(FRENCH, "enregistrement-cname", "Qu'est-ce qu'un enregistrement CNAME ?", "CNAME", "Un alias."),
                // "CNAME record" and "TTL" are English articles' keywords: no link from a French page to them.
                draft(FRENCH, "duree-ttl", "Qu'est-ce que la durée TTL ?", "durée", "Un CNAME record, son TTL."));
        Map<String, Draft> byId = new HashMap<>();
        List<PublishedArticle> published = new ArrayList<>();
        for (Draft draft : drafts) {
            DraftHeader header =
                    DraftHeader.of(Path.of("drafts", draft.article().draftPath()), draft);
            byId.put(header.id(), draft);
            published.add(new PublishedArticle(header, PUBLISHED, PUBLISHED));
        }
        SiteSettings settings = new SiteSettings(
                folder.resolve("site"),
                URI.create("https://example.com/guides/"),
                "Explainers",
                LanguageTag.ENGLISH,
                "Ada",
                "Explainers",
                "",
                null,
                null,
                null,
                null);
        return new SitePublisher(settings, folder.resolve("state")).publish(published, h -> byId.get(h.id()), false);
    }

    private String page(String path) throws IOException {
        return Files.readString(folder.resolve("site").resolve(path).resolve("index.html"));
    }

    @Test
    void eachArticlesCardIsInItsLanguagesTreeAndTheSiteCardOnceAtTheRoot() throws IOException {
        publish();

        Path site = folder.resolve("site");
        assertThat(site.resolve("en/dns/what-is-a-ttl/card.png")).isRegularFile();
        assertThat(site.resolve("fr/dns/duree-ttl/card.png")).isRegularFile();
        assertThat(site.resolve("card.png")).isRegularFile();
        assertThat(site.resolve("logo.png")).isRegularFile();
        assertThat(site.resolve("fr/card.png")).doesNotExist();
        assertThat(site.resolve("en/logo.png")).doesNotExist();
        assertThat(page("fr/dns/duree-ttl"))
                .contains(
                        "<meta property=\"og:image\" content=\"https://example.com/guides/fr/dns/duree-ttl/card.png\">")
                .contains("<meta property=\"og:locale\" content=\"fr_FR\">")
                .contains("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://example.com/guides/logo.png\"");
        assertThat(page("fr")).contains("<meta property=\"og:image\" content=\"https://example.com/guides/card.png\">");
        assertThat(page("en/dns"))
                .contains("<meta name=\"twitter:image\" content=\"https://example.com/guides/card.png\">");
    }

    @Test
    void inTextLinksStayWithinALanguageAndNameThePagesFromTheRoot() throws IOException {
        PublishResult result = publish();

        assertThat(result.links())
                .containsExactlyInAnyOrder(
                        new AutoLink("en/dns/what-is-a-ttl", "CNAME record", "en/dns/what-is-a-cname-record"),
                        new AutoLink("fr/dns/duree-ttl", "CNAME", "fr/dns/enregistrement-cname"));
        assertThat(page("en/dns/what-is-a-ttl"))
                .contains("<a href=\"/guides/en/dns/what-is-a-cname-record/\">CNAME record</a>");
        assertThat(page("fr/dns/duree-ttl"))
                .contains("Un <a href=\"/guides/fr/dns/enregistrement-cname/\">CNAME</a> record, son TTL.")
                .doesNotContain("href=\"/guides/en/dns/");
    }
}
