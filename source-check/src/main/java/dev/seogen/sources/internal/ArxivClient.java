package dev.seogen.sources.internal;

import dev.seogen.core.source.RegistryRecord;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The arXiv API: {@code GET {arxiv-url}/query?id_list=ID}, answering an Atom feed. A known id has one entry;
 * an unknown one an empty feed; a malformed one HTTP 200 with an entry titled "Error" whose summary says
 * what is wrong; throttling the plain text "Rate exceeded.".
 */
public final class ArxivClient {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Http http;
    private final String baseUrl;
    private final Map<String, String> headers;
    private final Duration spacing;
    private final Clock clock;
    private final DocumentBuilderFactory factory = secureFactory();

    public ArxivClient(Http http, String baseUrl, String userAgent, Duration spacing, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.headers = Map.of("User-Agent", userAgent, "Accept", "application/atom+xml");
        this.spacing = spacing;
        this.clock = clock;
    }

    public Lookup lookup(String id) throws InterruptedException {
        URI uri = URI.create(baseUrl + "/query?id_list=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        Reply reply;
        try {
            reply = http.send("GET", uri, headers, spacing, true);
        } catch (HttpFailure e) {
            Lookup.Outcome outcome =
                    e.kind() == HttpFailure.Kind.NO_HOST ? Lookup.Outcome.NO_HOST : Lookup.Outcome.UNKNOWN;
            return lookup(outcome, "arXiv: " + e.getMessage(), null);
        }
        if (reply.rateExceeded()) {
            return lookup(Lookup.Outcome.UNKNOWN, "arXiv kept answering \"Rate exceeded.\"", null);
        }
        if (reply.status() != 200) {
            return lookup(Lookup.Outcome.UNKNOWN, "arXiv answered HTTP " + reply.status() + " for " + id, null);
        }
        Document feed;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            feed = builder.parse(new InputSource(new StringReader(reply.body())));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return lookup(Lookup.Outcome.UNKNOWN, "arXiv's answer for " + id + " is not the Atom feed expected", null);
        }
        NodeList entries = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        if (entries.getLength() == 0) {
            return lookup(Lookup.Outcome.MISSING, "arXiv has no record of " + id, null);
        }
        Element entry = (Element) entries.item(0);
        String title = child(entry, "title");
        String entryId = child(entry, "id");
        if ("Error".equals(title) && entryId.contains("/api/errors")) {
            return lookup(Lookup.Outcome.MISSING, "arXiv: " + child(entry, "summary"), null);
        }
        if (title.isEmpty()) {
            return lookup(Lookup.Outcome.MISSING, "arXiv has no record of " + id, null);
        }
        return lookup(Lookup.Outcome.FOUND, "arXiv: " + id, new RegistryRecord(title, year(entry), firstAuthor(entry)));
    }

    private Lookup lookup(Lookup.Outcome outcome, String detail, @Nullable RegistryRecord record) {
        return new Lookup(outcome, detail, record, null, clock.instant());
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0
                ? ""
                : nodes.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static @Nullable Integer year(Element entry) {
        String published = child(entry, "published");
        return published.matches("\\d{4}-.*") ? Integer.valueOf(published.substring(0, 4)) : null;
    }

    /** arXiv gives whole names ("Ashish Vaswani"); the family name is taken as the last word. */
    private static @Nullable String firstAuthor(Element entry) {
        NodeList authors = entry.getElementsByTagNameNS(ATOM, "author");
        if (authors.getLength() == 0) {
            return null;
        }
        String name = child((Element) authors.item(0), "name");
        if (name.isEmpty()) {
            return null;
        }
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** No DTD, no external entity, no XInclude: the feed comes from the network. */
    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports secure processing", e);
        }
        return factory;
    }
}
