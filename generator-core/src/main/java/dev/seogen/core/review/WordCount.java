package dev.seogen.core.review;

import dev.seogen.core.article.Article;

/** The words of an article a reader reads (intro, sections, summary), as lint counts them. */
public final class WordCount {
    private WordCount() {}

    public static int of(Article article) {
        return PlainText.words(PlainText.of(article)).size();
    }
}
