package dev.seogen.core.draft;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.Sha256;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Generation;
import dev.seogen.core.article.LanguageVersion;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.internal.DraftFormat;
import dev.seogen.core.library.SourceEvidence;
import dev.seogen.core.source.SourceCheck;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An article on its way to the site: its content, the word target it was written for, its review, how it
 * was generated (absent for a draft written by hand), and any front matter keys seogen does not know,
 * which are kept as they are; what the last check of each source found, by source id (kept apart from
 * the content: checking a source is not an edit); for a grounded article, the library document and
 * passages behind each source, by source id; and which article in several languages it is a version of.
 */
public record Draft(
        String id,
        Article article,
        int targetWords,
        Review review,
        @Nullable Generation generation,
        Map<String, Object> extraFrontMatter,
        Map<Integer, SourceCheck> checks,
        Map<Integer, SourceEvidence> evidence,
        LanguageVersion version) {
    public Draft {
        requireNonNull(id, "id");
        if (id.isBlank() || id.contains("\n")) {
            throw new IllegalArgumentException("a draft id is one non-blank line, got '" + id + "'");
        }
        requireNonNull(article, "article");
        requireNonNull(review, "review");
        extraFrontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(extraFrontMatter));
        checks = Collections.unmodifiableMap(new TreeMap<>(checks));
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
        requireNonNull(version, "version");
    }

    /** A draft of an article in one language only, without library evidence. */
    public Draft(
            String id,
            Article article,
            int targetWords,
            Review review,
            @Nullable Generation generation,
            Map<String, Object> extraFrontMatter,
            Map<Integer, SourceCheck> checks) {
        this(id, article, targetWords, review, generation, extraFrontMatter, checks, Map.of(), LanguageVersion.NONE);
    }

    /** A new draft of a generated or imported article, with an id derived from where it is stored. */
    public static Draft of(Article article, int targetWords, Review review, @Nullable Generation generation) {
        return new Draft(
                idOf(article.categorySlug(), article.slug()),
                article,
                targetWords,
                review,
                generation,
                Map.of(),
                Map.of(),
                Map.of(),
                LanguageVersion.NONE);
    }

    /** The short id a reviewer types: the same for the same category and slug, on every machine. */
    public static String idOf(Slug category, Slug slug) {
        return HexFormat.of().formatHex(Sha256.of(category + "/" + slug), 0, 5);
    }

    /**
     * The hash of what a reader sees (title, description, keywords, sources and the Markdown body), as
     * stored in {@link Generation#contentHash()} when the draft was generated.
     */
    public String contentHash() {
        return DraftFormat.contentHash(article);
    }

    /** The front matter key that turns in-text links to other articles off for this draft: {@code auto_links: false}. */
    public static final String AUTO_LINKS = "auto_links";

    /**
     * Whether publish may link this draft's text to other articles (its front matter has no
     * {@code auto_links: false}). Kept with the other front matter keys, so it is written back as it was read.
     */
    public boolean autoLinks() {
        return !Boolean.FALSE.equals(extraFrontMatter.get(AUTO_LINKS));
    }

    /** This draft with {@code auto_links} set to {@code enabled}. */
    public Draft withAutoLinks(boolean enabled) {
        Map<String, Object> extras = new LinkedHashMap<>(extraFrontMatter);
        extras.put(AUTO_LINKS, enabled);
        return new Draft(id, article, targetWords, review, generation, extras, checks, evidence, version);
    }

    /** Whether someone changed the content since it was generated; a draft written by hand never was. */
    public boolean isEdited() {
        return generation != null && !generation.contentHash().equals(contentHash());
    }

    public Draft withReview(Review newReview) {
        return new Draft(id, article, targetWords, newReview, generation, extraFrontMatter, checks, evidence, version);
    }

    /** This draft with another article; the checks of sources it no longer has are dropped. */
    public Draft withArticle(Article newArticle) {
        Map<Integer, SourceCheck> kept = new TreeMap<>(checks);
        List<Integer> ids = newArticle.sources().stream().map(Source::id).toList();
        kept.keySet().retainAll(ids);
        Map<Integer, SourceEvidence> keptEvidence = new TreeMap<>(evidence);
        keptEvidence.keySet().retainAll(ids);
        return new Draft(
                id, newArticle, targetWords, review, generation, extraFrontMatter, kept, keptEvidence, version);
    }

    /** This draft with {@code newChecks} for its sources, by source id; nothing else changes. */
    public Draft withChecks(Map<Integer, SourceCheck> newChecks) {
        return new Draft(id, article, targetWords, review, generation, extraFrontMatter, newChecks, evidence, version);
    }

    /**
     * This draft with the library evidence of its sources, by source id: the document each is and the passages
     * its sections were written from. Not content: recording evidence is not an edit.
     */
    public Draft withEvidence(Map<Integer, SourceEvidence> newEvidence) {
        return new Draft(id, article, targetWords, review, generation, extraFrontMatter, checks, newEvidence, version);
    }

    /** This draft as a version of an article in several languages. */
    public Draft withVersion(LanguageVersion newVersion) {
        return new Draft(id, article, targetWords, review, generation, extraFrontMatter, checks, evidence, newVersion);
    }
}
