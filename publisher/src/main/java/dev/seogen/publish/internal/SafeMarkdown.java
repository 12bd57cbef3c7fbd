package dev.seogen.publish.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.Visitor;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jspecify.annotations.Nullable;

/**
 * Markdown written by a model, which is untrusted, to HTML that can be put in a page as it is: raw HTML is
 * escaped, and a link or an image may only point to http(s) or to a relative address. Thread-safe.
 */
public final class SafeMarkdown {
    /** GitHub-flavoured tables and strikethrough; nothing else beyond CommonMark. */
    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebOnly())
            .attributeProviderFactory(context -> new OwnLinksFollowed())
            .build();

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * {@code markdown} as HTML, each citation {@code [n]} or {@code [n, m]} of one of the {@code citable}
     * source ids linked to its entry in the sources list ({@code #source-n}); never inside code or a link.
     */
    public String toHtml(String markdown, Set<Integer> citable) {
        return toHtml(markdown, citable, null);
    }

    /**
     * As {@link #toHtml(String, Set)}, {@code links} first visiting the tree (in-text links to other articles,
     * made before the citations' links so that neither lands inside the other).
     */
    public String toHtml(String markdown, Set<Integer> citable, @Nullable Visitor links) {
        Node document = parser.parse(markdown);
        if (links != null) {
            document.accept(links);
        }
        if (!citable.isEmpty()) {
            document.accept(new CitationLinks(citable));
        }
        return renderer.render(document);
    }

    /** Splits text nodes around citations, putting a link to the source in place of each number. */
    private static final class CitationLinks extends AbstractVisitor {
        private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)]");
        private static final Pattern NUMBER = Pattern.compile("\\d+");

        private final Set<Integer> citable;

        CitationLinks(Set<Integer> citable) {
            this.citable = citable;
        }

        @Override
        public void visit(Link link) {
            // the text of a link stays as it is: no link inside a link
        }

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            if (literal.indexOf('[') < 0) {
                return; // most texts cite nothing: no need to run the pattern over them
            }
            Matcher citation = CITATION.matcher(literal);
            int done = 0;
            Node last = text;
            while (citation.find()) {
                if (!allCitable(citation.group(1))) {
                    continue;
                }
                last = after(last, new Text(literal.substring(done, citation.start()) + "["));
                Matcher number = NUMBER.matcher(citation.group(1));
                int from = 0;
                while (number.find()) {
                    if (number.start() > from) {
                        last = after(last, new Text(citation.group(1).substring(from, number.start())));
                    }
                    Link link = new Link("#source-" + number.group(), null);
                    link.appendChild(new Text(number.group()));
                    last = after(last, link);
                    from = number.end();
                }
                last = after(last, new Text("]"));
                done = citation.end();
            }
            if (last != text) {
                if (done < literal.length()) {
                    after(last, new Text(literal.substring(done)));
                }
                text.unlink();
            }
        }

        private boolean allCitable(String numbers) {
            Matcher number = NUMBER.matcher(numbers);
            while (number.find()) {
                if (!citable.contains(Integer.parseInt(number.group()))) {
                    return false;
                }
            }
            return true;
        }

        private static Node after(Node node, Node next) {
            node.insertAfter(next);
            return next;
        }
    }

    /**
     * A link within the site (the in-text links to other articles, a citation's link to its source) is
     * followed: the renderer's nofollow, right for addresses a model wrote, stays on links that leave the site.
     */
    private static final class OwnLinksFollowed implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link link
                    && (link.getDestination().startsWith("/")
                            || link.getDestination().startsWith("#"))
                    && !link.getDestination().startsWith("//")) {
                attributes.remove("rel");
            }
        }
    }

    /** http, https and relative addresses; anything else (javascript:, data:, vbscript:) becomes "#". */
    private static final class WebOnly implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return isSafe(url) ? url : "#";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return sanitizeLinkUrl(url);
        }

        static boolean isSafe(String url) {
            String trimmed = url.strip().toLowerCase(Locale.ROOT);
            int colon = trimmed.indexOf(':');
            int slash = trimmed.indexOf('/');
            boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
            return !hasScheme || trimmed.startsWith("http:") || trimmed.startsWith("https:");
        }
    }
}
