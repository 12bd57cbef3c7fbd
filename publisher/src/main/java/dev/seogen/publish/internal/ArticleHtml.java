package dev.seogen.publish.internal;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonmark.node.Visitor;
import org.jspecify.annotations.Nullable;

/**
 * What a template shows of an article's text, the same in a site page and in the review report: the intro,
 * the numbered sections and sub-sections, the summary and the sources, the Markdown as safe HTML.
 */
public final class ArticleHtml {
    private ArticleHtml() {}

    /** Puts {@code intro}, {@code sections}, {@code summaryHeading}, {@code summary} and {@code sources}. */
    public static void put(Map<String, Object> model, Article article, SafeMarkdown markdown) {
        put(model, article, markdown, false);
    }

    /**
     * As {@link #put(Map, Article, SafeMarkdown)}; with {@code linkCitations}, each {@code [n]} in the text
     * links to its source in the list (a page with one article: the anchors are unique).
     */
    public static void put(Map<String, Object> model, Article article, SafeMarkdown markdown, boolean linkCitations) {
        put(model, article, markdown, linkCitations, null);
    }

    /**
     * As {@link #put(Map, Article, SafeMarkdown, boolean)}, with {@code links} visiting each part's Markdown in
     * the order of the page (intro, each section and its sub-sections, summary) before it is rendered.
     */
    public static void put(
            Map<String, Object> model,
            Article article,
            SafeMarkdown markdown,
            boolean linkCitations,
            @Nullable Visitor links) {
        Set<Integer> ids =
                linkCitations ? article.sources().stream().map(Source::id).collect(Collectors.toSet()) : Set.of();
        Function<String, String> html = text -> markdown.toHtml(text, ids, links);
        model.put("intro", html.apply(article.intro()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            String body = html.apply(section.body()); // before its sub-sections: links go to first mentions
            List<Map<String, Object>> subsections = new ArrayList<>();
            for (int j = 0; j < section.subsections().size(); j++) {
                Section sub = section.subsections().get(j);
                subsections.add(Map.of(
                        "number", (i + 1) + "." + (j + 1), "heading", sub.heading(), "html", html.apply(sub.body())));
            }
            sections.add(Map.of(
                    "number",
                    String.valueOf(i + 1),
                    "id",
                    "section-" + (i + 1),
                    "heading",
                    section.heading(),
                    "html",
                    body,
                    "subsections",
                    subsections));
        }
        model.put("sections", sections);
        model.put("summaryHeading", article.summary().heading());
        model.put("summary", html.apply(article.summary().body()));
        List<Map<String, String>> sources = new ArrayList<>();
        for (Source source : article.sources()) {
            sources.add(Map.of("id", String.valueOf(source.id()), "text", source.reference(), "link", source.link()));
        }
        model.put("sources", sources);
    }
}
