package dev.seogen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-text links between articles, as publish makes them, records them and keeps them up to date. */
class AutoLinksTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path folder;

    private final List<String> read = Collections.synchronizedList(new ArrayList<>());

    private static Draft draft(String category, String question, List<String> keywords, String body) {
        Article article = new Article(
                question,
                question,
                Slug.of(question),
                category,
                LanguageTag.ENGLISH,
                keywords,
                "A description.",
                "An intro.",
                List.of(new Section("How", body)),
                new Section("Summary", "That is all."),
                List.of());
        return Draft.of(article, 800, new Review(ReviewStatus.APPROVED, null, PUBLISHED), null);
    }

    private List<Draft> fixture() {
        return new ArrayList<>(List.of(
                draft("DNS", "What is a CNAME record?", List.of("CNAME record"), "It aliases; the TTL applies."),
                draft("DNS", "What is a TTL?", List.of("TTL"), "How long a CNAME record is cached."),
                draft("Mail", "What is SPF?", List.of("SPF"), "A TXT record, not a CNAME record; mind the TTL.")));
    }

    private PublishResult publish(List<Draft> drafts, boolean autoLinks) {
        read.clear();
        Map<String, Draft> byId = new HashMap<>();
        List<PublishedArticle> published = new ArrayList<>();
        for (Draft draft : drafts) {
            DraftHeader header =
                    DraftHeader.of(Path.of("drafts", draft.article().draftPath()), draft);
            byId.put(header.id(), draft);
            published.add(new PublishedArticle(header, PUBLISHED, PUBLISHED));
        }
        return new SitePublisher(
                        settings(folder.resolve("site")),
                        folder.resolve("state"),
                        PublishOptions.DEFAULTS.withAutoLinks(autoLinks))
                .publish(
                        published,
                        h -> {
                            read.add(h.path());
                            return byId.get(h.id());
                        },
                        false);
    }

    private static SiteSettings settings(Path site) {
        return new SiteSettings(
                site,
                URI.create("https://example.com/"),
                "Explainers",
                LanguageTag.ENGLISH,
                "Ada",
                "Explainers",
                "",
                null,
                null,
                null,
                null);
    }

    private String page(String path) throws IOException {
        return Files.readString(folder.resolve("site").resolve(path).resolve("index.html"));
    }

    @Test
    void linksFirstMentionsOfOtherArticlesAndListsThemInTheResult() throws IOException {
        PublishResult result = publish(fixture(), true);

        assertThat(page("mail/what-is-spf"))
                .contains("not a <a href=\"/dns/what-is-a-cname-record/\">CNAME record</a>;")
                .contains("mind the <a href=\"/dns/what-is-a-ttl/\">TTL</a>.");
        assertThat(page("dns/what-is-a-ttl")).contains("<a href=\"/dns/what-is-a-cname-record/\">CNAME record</a>");
        assertThat(result.links())
                .containsExactly(
                        new AutoLink("dns/what-is-a-cname-record", "TTL", "dns/what-is-a-ttl"),
                        new AutoLink("dns/what-is-a-ttl", "CNAME record", "dns/what-is-a-cname-record"),
                        new AutoLink("mail/what-is-spf", "CNAME record", "dns/what-is-a-cname-record"),
                        new AutoLink("mail/what-is-spf", "TTL", "dns/what-is-a-ttl"));

        PublishResult again = publish(fixture(), true);

        assertThat(read).as("nothing changed, nothing rendered").isEmpty();
        assertThat(again.links())
                .as("the links of pages not rendered now are still listed")
                .isEqualTo(result.links());
    }

    @Test
    void aPreviewMakesTheLinksPublishWouldAndTellsWhichDraftEachGoesTo() throws IOException {
        List<Draft> drafts = fixture();
        publish(drafts, true);
        List<DraftHeader> site = drafts.stream()
                .map(d -> DraftHeader.of(Path.of("drafts", d.article().draftPath()), d))
                .toList();
        DraftHeader spf = site.get(2);
        SitePublisher publisher =
                new SitePublisher(settings(folder.resolve("elsewhere")), folder.resolve("preview-state"));

        PreviewPage preview =
                publisher.renderArticlePage(new PublishedArticle(spf, PUBLISHED, PUBLISHED), drafts.get(2), site);
        PreviewPage alone =
                publisher.renderArticlePage(new PublishedArticle(spf, PUBLISHED, PUBLISHED), drafts.get(2), List.of());

        assertThat(preview.html())
                .contains("not a <a href=\"/dns/what-is-a-cname-record/\">CNAME record</a>;")
                .contains("mind the <a href=\"/dns/what-is-a-ttl/\">TTL</a>.");
        assertThat(preview.linkedDrafts())
                .containsOnly(
                        Map.entry("/dns/what-is-a-cname-record/", site.get(0).id()),
                        Map.entry("/dns/what-is-a-ttl/", site.get(1).id()));
        assertThat(alone.html()).as("no other article: no link").doesNotContain("href=\"/dns/");
        assertThat(alone.linkedDrafts()).isEmpty();
        assertThat(folder.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void noAutoLinksTurnsThemAllOffAndBackOn() throws IOException {
        publish(fixture(), true);

        PublishResult off = publish(fixture(), false);

        assertThat(off.links()).isEmpty();
        assertThat(read).hasSize(3);
        assertThat(page("mail/what-is-spf")).doesNotContain(">CNAME record</a>", ">TTL</a>");
        assertThat(publish(fixture(), true).links()).hasSize(4);
    }

    @Test
    void aDraftWithAutoLinksFalseGetsNoneAndStillReceivesThem() throws IOException {
        List<Draft> drafts = fixture();
        drafts.set(2, drafts.get(2).withAutoLinks(false));

        PublishResult result = publish(drafts, true);

        assertThat(page("mail/what-is-spf")).doesNotContain(">CNAME record</a>", ">TTL</a>");
        assertThat(result.links()).extracting(AutoLink::page).doesNotContain("mail/what-is-spf");
        assertThat(result.links()).hasSize(2);
    }

    @Test
    void aPageWhoseLinksChangeIsRenderedAgainAndOnlyIt() throws IOException {
        List<Draft> drafts = fixture();
        drafts.add(draft("Mail", "What is DKIM?", List.of("DKIM"), "Signatures."));
        publish(drafts, true);
        assertThat(page("dns/what-is-a-ttl")).doesNotContain("signatures");

        // A body edit elsewhere changes no link: only that page is rendered.
        drafts.set(3, draft("Mail", "What is DKIM?", List.of("DKIM"), "Signatures, checked."));
        publish(drafts, true);
        assertThat(read).containsExactly("mail/what-is-dkim");

        // A new keyword: the pages that mention it now link to it.
        drafts.set(3, draft("Mail", "What is DKIM?", List.of("DKIM", "TXT record"), "Signatures, checked."));
        PublishResult result = publish(drafts, true);

        assertThat(Set.copyOf(read)).contains("mail/what-is-spf");
        assertThat(page("mail/what-is-spf")).contains("A <a href=\"/mail/what-is-dkim/\">TXT record</a>, not");
        assertThat(result.links()).contains(new AutoLink("mail/what-is-spf", "TXT record", "mail/what-is-dkim"));
    }
}
