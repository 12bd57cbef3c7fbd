package dev.seogen.publish.internal;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown written by a model, which is untrusted, to HTML that can be put in a page as it is: raw HTML is
 * escaped, and a link or an image may only point to http(s) or to a relative address. Thread-safe.
 */
public final class SafeMarkdown {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebOnly())
            .build();

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
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
