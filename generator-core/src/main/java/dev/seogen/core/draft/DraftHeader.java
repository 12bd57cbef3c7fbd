package dev.seogen.core.draft;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.Sha256;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Slug;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What listings need to know of a draft without its body: where it is, what it is called, its keywords and
 * description, its review, the hash of its content, and when it was generated. Read from the draft, or
 * from the {@link DraftStore#headers index} while the draft file is unchanged.
 *
 * @param generatedAt when the content was generated, absent for a draft written by hand
 * @param edited whether someone changed the content since it was generated
 * @param checksKey what the sources' checks found, in short ("" when none was checked): a page that shows
 *     them is rendered again when it changes
 * @param key what the versions of one article in several languages share ("" for an article in one
 *     language): the site links the pages of one key as each other's {@code hreflang} alternates
 * @param autoLinks whether publish may link the text to other articles ({@code auto_links} in the draft)
 */
public record DraftHeader(
        Path file,
        String id,
        String question,
        String title,
        String category,
        Slug categorySlug,
        Slug slug,
        LanguageTag language,
        List<String> keywords,
        String description,
        Review review,
        String contentHash,
        @Nullable Instant generatedAt,
        boolean edited,
        String checksKey,
        String key,
        boolean autoLinks) {
    public DraftHeader {
        requireNonNull(file, "file");
        requireNonNull(id, "id");
        requireNonNull(question, "question");
        requireNonNull(title, "title");
        requireNonNull(category, "category");
        requireNonNull(categorySlug, "categorySlug");
        requireNonNull(slug, "slug");
        requireNonNull(language, "language");
        keywords = List.copyOf(keywords);
        requireNonNull(description, "description");
        requireNonNull(review, "review");
        requireNonNull(contentHash, "contentHash");
        requireNonNull(checksKey, "checksKey");
        requireNonNull(key, "key");
    }

    /** The header of a draft of an article in one language only, which publish may link to others. */
    public DraftHeader(
            Path file,
            String id,
            String question,
            String title,
            String category,
            Slug categorySlug,
            Slug slug,
            LanguageTag language,
            List<String> keywords,
            String description,
            Review review,
            String contentHash,
            @Nullable Instant generatedAt,
            boolean edited,
            String checksKey) {
        this(
                file,
                id,
                question,
                title,
                category,
                categorySlug,
                slug,
                language,
                keywords,
                description,
                review,
                contentHash,
                generatedAt,
                edited,
                checksKey,
                "",
                true);
    }

    /** By category folder, then slug: the order of the pages' paths, as publish lists articles. */
    public static final Comparator<DraftHeader> BY_PATH = Comparator.comparing(
                    (DraftHeader h) -> h.categorySlug().value())
            .thenComparing(h -> h.slug().value());

    /** The header of {@code draft}, stored at {@code file}. */
    public static DraftHeader of(Path file, Draft draft) {
        Article article = draft.article();
        String contentHash = draft.contentHash(); // once: it hashes the whole content
        return new DraftHeader(
                file,
                draft.id(),
                article.question(),
                article.title(),
                article.category(),
                article.categorySlug(),
                article.slug(),
                article.language(),
                article.keywords(),
                article.metaDescription(),
                draft.review(),
                contentHash,
                draft.generation() == null ? null : draft.generation().finishedAt(),
                draft.generation() != null && !draft.generation().contentHash().equals(contentHash),
                checksKey(draft),
                draft.version().key(),
                draft.autoLinks());
    }

    /** The sources' statuses and final addresses, hashed: what of the checks a page shows. */
    private static String checksKey(Draft draft) {
        if (draft.checks().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        draft.checks()
                .forEach((id, check) -> text.append(id)
                        .append(' ')
                        .append(check.status().key())
                        .append(' ')
                        .append(check.finalUrl() == null ? "" : check.finalUrl())
                        .append('\n'));
        return HexFormat.of().formatHex(Sha256.of(text.toString()), 0, 8);
    }

    /** This header with another review: what a draft's header becomes when only its status changes. */
    public DraftHeader withReview(Review newReview) {
        return new DraftHeader(
                file,
                id,
                question,
                title,
                category,
                categorySlug,
                slug,
                language,
                keywords,
                description,
                newReview,
                contentHash,
                generatedAt,
                edited,
                checksKey,
                key,
                autoLinks);
    }

    /** This header with the category named otherwise (same folder): see {@link DraftStore#scan}. */
    public DraftHeader withCategory(String newCategory) {
        return new DraftHeader(
                file,
                id,
                question,
                title,
                newCategory,
                categorySlug,
                slug,
                language,
                keywords,
                description,
                review,
                contentHash,
                generatedAt,
                edited,
                checksKey,
                key,
                autoLinks);
    }

    /** The path of the article's page in the site, and of its draft without {@code .md}: category/slug. */
    public String path() {
        return categorySlug.value() + "/" + slug.value();
    }
}
