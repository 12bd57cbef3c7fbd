package dev.seogen.core.article;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One explainer article: the question it answers and everything its page shows. The intro, the section
 * bodies and the summary are Markdown; the summary is a section of its own so that its heading can be in
 * the article's language.
 */
public record Article(
        String question,
        String title,
        Slug slug,
        String category,
        LanguageTag language,
        List<String> keywords,
        String metaDescription,
        String intro,
        List<Section> sections,
        Section summary,
        List<Source> sources) {
    public Article {
        requireNonNull(question, "question");
        requireNonNull(title, "title");
        requireNonNull(slug, "slug");
        requireNonNull(category, "category");
        requireNonNull(language, "language");
        keywords = List.copyOf(keywords);
        requireNonNull(metaDescription, "metaDescription");
        requireNonNull(intro, "intro");
        sections = List.copyOf(sections);
        requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
    }

    public Article withSections(List<Section> newSections) {
        return new Article(
                question,
                title,
                slug,
                category,
                language,
                keywords,
                metaDescription,
                intro,
                newSections,
                summary,
                sources);
    }

    public Article withSources(List<Source> newSources) {
        return new Article(
                question,
                title,
                slug,
                category,
                language,
                keywords,
                metaDescription,
                intro,
                sections,
                summary,
                newSources);
    }

    public Article withSlug(Slug newSlug) {
        return new Article(
                question,
                title,
                newSlug,
                category,
                language,
                keywords,
                metaDescription,
                intro,
                sections,
                summary,
                sources);
    }

    public Article withCategory(String newCategory) {
        return new Article(
                question,
                title,
                slug,
                newCategory,
                language,
                keywords,
                metaDescription,
                intro,
                sections,
                summary,
                sources);
    }

    /** The draft's path relative to the drafts folder: {@code <category-slug>/<slug>.md}. */
    public String draftPath() {
        return categorySlug() + "/" + slug + ".md";
    }

    /** The folder the article lives in, under drafts/ and in the site. */
    public Slug categorySlug() {
        return Slug.of(category);
    }
}
