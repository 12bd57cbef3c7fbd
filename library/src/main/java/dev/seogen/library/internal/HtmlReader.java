package dev.seogen.library.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * HTML: the main text (the {@code <main>} or {@code <article>} element when there is one, else the body)
 * without navigation, headers, footers, asides, forms, scripts and styles; the {@code <title>} (else the
 * first {@code <h1>}), the canonical link and the author meta tag.
 */
public final class HtmlReader {
    private static final String NOISE = "nav, header, footer, aside, script, style, noscript, template, form, iframe,"
            + " svg, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]";
    private static final String STRUCTURE =
            "h1, h2, h3, h4, h5, h6, p, li, pre, blockquote, dl, table, div, section, article, figure, br";
    private static final Set<String> BLOCKS =
            Set.of("p", "li", "pre", "blockquote", "dd", "dt", "td", "th", "figcaption", "caption");

    private HtmlReader() {}

    public static Parsed read(String html) {
        Document page = Jsoup.parse(html);
        Metadata metadata = new Metadata(
                title(page), author(page), null, meta(page, "meta[property=og:site_name]"), canonical(page), null);
        Element main = page.selectFirst("main");
        if (main == null) {
            main = page.selectFirst("article");
        }
        if (main == null) {
            main = page.body();
        }
        main.select(NOISE).remove();
        List<Block> blocks = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        collect(main, headings, blocks);
        if (blocks.isEmpty() && !main.text().isBlank()) {
            blocks.add(new Block(List.of(), main.text()));
        }
        return new Parsed(metadata, blocks);
    }

    /** Walks the elements in order: a heading sets the path, a block is a paragraph, other elements are opened. */
    private static void collect(Element element, List<String> headings, List<Block> blocks) {
        for (Element child : element.children()) {
            String tag = child.normalName();
            if (tag.matches("h[1-6]")) {
                int level = tag.charAt(1) - '0';
                while (headings.size() >= level) {
                    headings.remove(headings.size() - 1);
                }
                while (headings.size() < level - 1) {
                    headings.add("");
                }
                headings.add(child.text().strip());
            } else if (BLOCKS.contains(tag) && child.select("p, li").isEmpty()) {
                String text = tag.equals("pre")
                        ? child.wholeText().strip()
                        : child.text().strip();
                if (!text.isEmpty()) {
                    blocks.add(new Block(
                            headings.stream().filter(h -> !h.isEmpty()).toList(), text));
                }
            } else if (child.children().select(STRUCTURE).isEmpty()) { // text with inline elements only
                String text = child.text().strip();
                if (!text.isEmpty()) {
                    blocks.add(new Block(
                            headings.stream().filter(h -> !h.isEmpty()).toList(), text));
                }
            } else {
                collect(child, headings, blocks);
            }
        }
    }

    private static @Nullable String title(Document page) {
        String title = page.title().strip();
        if (!title.isEmpty()) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static @Nullable String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href").strip();
    }

    private static @Nullable List<String> author(Document page) {
        String author = meta(page, "meta[name=author]");
        return author == null
                ? null
                : Arrays.stream(author.split(";"))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
    }

    private static @Nullable String meta(Document page, String query) {
        Element meta = page.selectFirst(query + "[content]");
        return meta == null || meta.attr("content").isBlank()
                ? null
                : meta.attr("content").strip();
    }
}
