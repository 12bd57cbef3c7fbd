package dev.seogen.sources.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.source.RegistryRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Crossref's works API: {@code GET {crossref-url}/works/{url-encoded DOI}}, with the {@code mailto} of its
 * polite pool as a parameter and in the User-Agent. A known DOI answers JSON ({@code message.title[0]},
 * {@code message.issued.date-parts}, {@code message.author[].family}); an unknown one 404 with the plain text
 * "Resource not found.".
 */
public final class CrossrefClient {
    private final Http http;
    private final String baseUrl;
    private final @Nullable String mailto;
    private final Map<String, String> headers;
    private final Duration spacing;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public CrossrefClient(
            Http http, String baseUrl, @Nullable String mailto, String userAgent, Duration spacing, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.mailto = mailto;
        this.headers = Map.of("User-Agent", userAgent, "Accept", "application/json");
        this.spacing = spacing;
        this.clock = clock;
    }

    public Lookup lookup(String doi) throws InterruptedException {
        String url = baseUrl + "/works/" + URLEncoder.encode(doi, StandardCharsets.UTF_8)
                + (mailto == null ? "" : "?mailto=" + URLEncoder.encode(mailto, StandardCharsets.UTF_8));
        Reply reply;
        try {
            reply = http.send("GET", URI.create(url), headers, spacing, true);
        } catch (HttpFailure e) {
            Lookup.Outcome outcome =
                    e.kind() == HttpFailure.Kind.NO_HOST ? Lookup.Outcome.NO_HOST : Lookup.Outcome.UNKNOWN;
            return lookup(outcome, "Crossref: " + e.getMessage(), null);
        }
        if (reply.status() == 404) {
            return lookup(Lookup.Outcome.MISSING, "Crossref has no record of " + doi, null);
        }
        if (reply.rateExceeded()) {
            return lookup(
                    Lookup.Outcome.UNKNOWN, "Crossref kept asking to slow down (HTTP " + reply.status() + ")", null);
        }
        if (reply.status() != 200) {
            return lookup(Lookup.Outcome.UNKNOWN, "Crossref answered HTTP " + reply.status() + " for " + doi, null);
        }
        try {
            JsonNode message = json.readTree(reply.body()).path("message");
            String title = message.path("title").path(0).asText("").strip();
            if (title.isEmpty()) {
                return lookup(Lookup.Outcome.UNKNOWN, "Crossref's record of " + doi + " has no title to compare", null);
            }
            RegistryRecord record = new RegistryRecord(title, year(message), firstAuthor(message));
            return lookup(Lookup.Outcome.FOUND, "Crossref: " + doi, record);
        } catch (IOException e) {
            return lookup(Lookup.Outcome.UNKNOWN, "Crossref's answer for " + doi + " is not the JSON expected", null);
        }
    }

    private Lookup lookup(Lookup.Outcome outcome, String detail, @Nullable RegistryRecord record) {
        return new Lookup(outcome, detail, record, null, clock.instant());
    }

    private static @Nullable Integer year(JsonNode message) {
        for (String field : new String[] {"issued", "published", "published-print", "published-online", "created"}) {
            JsonNode year = message.path(field).path("date-parts").path(0).path(0);
            if (year.isInt()) {
                return year.asInt();
            }
        }
        return null;
    }

    private static @Nullable String firstAuthor(JsonNode message) {
        JsonNode authors = message.path("author");
        JsonNode first = authors.path(0);
        for (JsonNode author : authors) {
            if ("first".equals(author.path("sequence").asText())) {
                first = author;
                break;
            }
        }
        String family = first.path("family").asText("").strip();
        return family.isEmpty() ? null : family;
    }
}
