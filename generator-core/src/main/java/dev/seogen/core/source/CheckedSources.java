package dev.seogen.core.source;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a draft's checks mean for its readers: each source linked where it really is. */
public final class CheckedSources {
    private CheckedSources() {}

    /**
     * {@code article} with each source that a check found ({@code ok}) linked at the address the check ended
     * at: the DOI's or arXiv's page, or the URL after its redirects. Other sources stay as they are.
     */
    public static Article linked(Article article, Map<Integer, SourceCheck> checks) {
        if (checks.isEmpty()) {
            return article;
        }
        List<Source> sources = new ArrayList<>(article.sources().size());
        for (Source source : article.sources()) {
            SourceCheck check = checks.get(source.id());
            String where = check == null || !check.ok() ? null : check.finalUrl();
            boolean web = where != null && (where.startsWith("https://") || where.startsWith("http://"));
            sources.add(
                    web
                            ? new Source(
                                    source.id(),
                                    source.title(),
                                    source.authors(),
                                    source.year(),
                                    source.publisher(),
                                    where,
                                    source.doi())
                            : source);
        }
        return article.withSources(sources);
    }
}
