package dev.seogen.publish.internal;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a template shows of an article's text, the same in a site page and in the review report: the intro,
 * the numbered sections and sub-sections, the summary and the sources, the Markdown as safe HTML.
 */
public final class ArticleHtml {
    private ArticleHtml() {}

    /** Puts {@code intro}, {@code sections}, {@code summaryHeading}, {@code summary} and {@code sources}. */
    public static void put(Map<String, Object> model, Article article, SafeMarkdown markdown) {
        model.put("intro", markdown.toHtml(article.intro()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            List<Map<String, Object>> subsections = new ArrayList<>();
            for (int j = 0; j < section.subsections().size(); j++) {
                Section sub = section.subsections().get(j);
                subsections.add(Map.of(
                        "number",
                        (i + 1) + "." + (j + 1),
                        "heading",
                        sub.heading(),
                        "html",
                        markdown.toHtml(sub.body())));
            }
            sections.add(Map.of(
                    "number",
                    String.valueOf(i + 1),
                    "id",
                    "section-" + (i + 1),
                    "heading",
                    section.heading(),
                    "html",
                    markdown.toHtml(section.body()),
                    "subsections",
                    subsections));
        }
        model.put("sections", sections);
        model.put("summaryHeading", article.summary().heading());
        model.put("summary", markdown.toHtml(article.summary().body()));
        List<Map<String, String>> sources = new ArrayList<>();
        for (Source source : article.sources()) {
            sources.add(Map.of("id", String.valueOf(source.id()), "text", source.reference(), "link", source.link()));
        }
        model.put("sources", sources);
    }
}
