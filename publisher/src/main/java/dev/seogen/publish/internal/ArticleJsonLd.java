package dev.seogen.publish.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.DraftHeader;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

/**
 * An article page's JSON-LD: a schema.org {@code Article} (its card as {@code image}, the author, the publisher
 * with its logo, a {@code citation} per source) and its {@code BreadcrumbList}, safe to print inside a script
 * element.
 */
public final class ArticleJsonLd {
    private static final JsonFactory JSON = new JsonFactory();

    private ArticleJsonLd() {}

    /**
     * What of the site the JSON-LD names: its {@code title}, the address of the page's language's {@code home},
     * the {@code author} and {@code publisher}, and the address of the site's {@code root}, where the logo is.
     */
    public record Site(String title, String home, String author, String publisher, String root) {}

    /** The JSON-LD of the article {@code header} describes, at {@code url}, with {@code article}'s sources. */
    public static String of(
            DraftHeader header, Instant published, Instant modified, String url, Article article, Site site) {
        String[][] crumbs = {
            {site.title(), site.home()},
            {header.category(), site.home() + header.categorySlug().value() + "/"},
            {header.question(), url}
        };
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "Article");
            json.writeStringField("headline", header.title());
            json.writeStringField("description", header.description());
            json.writeStringField("datePublished", published.toString());
            json.writeStringField("dateModified", modified.toString());
            json.writeStringField("inLanguage", header.language().value());
            json.writeObjectFieldStart("image");
            json.writeStringField("@type", "ImageObject");
            json.writeStringField("url", url + SiteCards.CARD);
            json.writeNumberField("width", SocialCard.WIDTH);
            json.writeNumberField("height", SocialCard.HEIGHT);
            json.writeEndObject();
            json.writeFieldName("author");
            // A named author is a person; none (or the publisher's own name) is the publisher.
            String author = site.author().strip();
            if (author.isEmpty() || author.equals(site.publisher().strip())) {
                publisher(json, site);
            } else {
                json.writeStartObject();
                json.writeStringField("@type", "Person");
                json.writeStringField("name", author);
                json.writeEndObject();
            }
            json.writeFieldName("publisher");
            publisher(json, site);
            json.writeObjectFieldStart("mainEntityOfPage");
            json.writeStringField("@type", "WebPage");
            json.writeStringField("@id", url);
            json.writeEndObject();
            citations(json, article);
            json.writeEndObject();
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "BreadcrumbList");
            json.writeArrayFieldStart("itemListElement");
            for (int i = 0; i < crumbs.length; i++) {
                json.writeStartObject();
                json.writeStringField("@type", "ListItem");
                json.writeNumberField("position", i + 1);
                json.writeStringField("name", crumbs[i][0]);
                json.writeStringField("item", crumbs[i][1]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON-LD", e); // to a string: cannot happen
        }
        // "<" as \\u003c: nothing in the data can close the script element or open a comment.
        return text.toString().replace("<", "\\u003c");
    }

    /** The publisher, an Organization with its logo; both at the site's root, whatever the page's language. */
    private static void publisher(JsonGenerator json, Site site) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", site.publisher());
        json.writeStringField("url", site.root());
        json.writeObjectFieldStart("logo");
        json.writeStringField("@type", "ImageObject");
        json.writeStringField("url", site.root() + SiteCards.LOGO);
        json.writeNumberField("width", SiteCards.LOGO_SIZE);
        json.writeNumberField("height", SiteCards.LOGO_SIZE);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** schema.org's {@code citation}: each source as a CreativeWork, linked where it is. */
    private static void citations(JsonGenerator json, Article article) throws IOException {
        if (article.sources().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("citation");
        for (Source source : article.sources()) {
            json.writeStartObject();
            json.writeStringField("@type", "CreativeWork");
            json.writeStringField("name", source.title());
            if (!source.link().isEmpty()) {
                json.writeStringField("url", source.link());
            }
            if (!source.authors().isEmpty()) {
                json.writeArrayFieldStart("author");
                for (String author : source.authors()) {
                    json.writeStartObject();
                    json.writeStringField("@type", "Person");
                    json.writeStringField("name", author);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (source.year() != null) {
                json.writeStringField("datePublished", String.valueOf(source.year()));
            }
            if (source.publisher() != null && !source.publisher().isBlank()) {
                json.writeObjectFieldStart("publisher");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", source.publisher());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
