package dev.seogen.cli;

import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.publish.PublishResult;
import dev.seogen.publish.PublishedArticle;
import dev.seogen.publish.SitePublisher;
import dev.seogen.publish.SiteSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Publishing drafts, for {@code publish} and {@code demo}: which drafts go out, their dates, their new status. */
final class Publishing {
    /** What was published, and how many approved drafts are now marked published. */
    record Outcome(PublishResult result, int marked) {}

    private Publishing() {}

    /**
     * Publishes the approved and published drafts (and plain drafts with {@code includeDrafts}), then marks the
     * approved ones published as of {@code now}. The site is written before any draft changes.
     */
    static Outcome publish(Drafts found, SiteSettings settings, boolean includeDrafts, Instant now, Path changesFile) {
        ContentChanges changes = ContentChanges.load(changesFile);
        List<PublishedArticle> articles = new ArrayList<>();
        for (Draft draft : found.all()) {
            ReviewStatus status = draft.review().status();
            boolean publishable = status == ReviewStatus.APPROVED
                    || status == ReviewStatus.PUBLISHED
                    || (includeDrafts && status == ReviewStatus.DRAFT);
            if (publishable) {
                Instant published =
                        status == ReviewStatus.PUBLISHED && draft.review().changedAt() != null
                                ? draft.review().changedAt()
                                : now;
                articles.add(new PublishedArticle(draft, published, changes.lastChange(draft, now)));
            }
        }
        PublishResult result = new SitePublisher(settings).publish(articles);
        changes.save();
        int marked = 0;
        for (Draft draft : found.all()) {
            if (draft.review().status() == ReviewStatus.APPROVED) {
                found.store()
                        .write(draft.withReview(new Review(
                                ReviewStatus.PUBLISHED, draft.review().note(), now)));
                marked++;
            }
        }
        return new Outcome(result, marked);
    }
}
