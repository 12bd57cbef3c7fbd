package dev.seogen.review.server;

import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.core.review.Finding;
import dev.seogen.core.review.Severity;
import dev.seogen.publish.PreviewPage;
import dev.seogen.publish.PublishedArticle;
import dev.seogen.publish.SitePublisher;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * A draft's page as publish would write it (the site's own theme and rendering), with each finding placed
 * beside the part it is about: the title's under the heading, a section's under its heading, a source's in
 * its entry. The findings' text is set as text, so it is escaped like everything else on the page.
 */
final class Preview {
    private static final Pattern SECTION = Pattern.compile("section (\\d+)(?:\\.(\\d+))?");
    private static final Pattern CITATION = Pattern.compile("\\[\\d+]");
    private static final Pattern SOURCE = Pattern.compile("(?:source )?\\[(\\d+)]");

    private final SitePublisher publisher;
    /** Each approved or published draft's header, by draft object: made once a draft (it hashes the content). */
    private final Map<Draft, DraftHeader> headers = new IdentityHashMap<>();

    Preview(SitePublisher publisher) {
        this.publisher = publisher;
    }

    byte[] asset(String name) {
        return publisher.asset(name);
    }

    /**
     * The page of {@code row}'s draft with {@code findings} (with their lines) placed in it, and the in-text links
     * publish would make to the approved and published drafts of {@code queue}, each to that draft's page here.
     */
    String render(Row row, List<Finding> findings, Instant now, List<Row> queue) {
        Draft draft = row.draft();
        List<DraftHeader> site = site(queue);
        DraftHeader own = kept(draft); // an approved or published draft's was made for the site already
        PreviewPage rendered = publisher.renderArticlePage(
                new PublishedArticle(own != null ? own : DraftHeader.of(row.file(), draft), now, now), draft, site);
        Document page = Jsoup.parse(rendered.html());
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/preview.css");
        for (Element link : page.select("article a[href]")) {
            String id = rendered.linkedDrafts().get(link.attr("href"));
            if (id != null) { // the reader goes to the linked draft's page in the review, not to the site
                link.attr("href", "/drafts/" + id).attr("target", "_top");
            }
        }
        for (Finding finding : findings) {
            if (finding.severity() != Severity.NOTE) {
                place(page, finding);
            }
        }
        page.outputSettings().prettyPrint(false);
        return page.outerHtml();
    }

    /**
     * The headers of the drafts that publish would put out now: the approved and the published ones. A draft's
     * header is made once (on all cores: it hashes the whole content) and kept while the draft is in the queue.
     */
    private synchronized List<DraftHeader> site(List<Row> queue) {
        List<Row> out = queue.stream()
                .filter(row -> row.status() == ReviewStatus.APPROVED || row.status() == ReviewStatus.PUBLISHED)
                .toList();
        DraftHeader[] site = new DraftHeader[out.size()];
        IntStream.range(0, out.size()).parallel().forEach(i -> site[i] = header(out.get(i))); // reads the map only
        headers.clear(); // only the drafts of now: an edited draft's old version is let go
        for (int i = 0; i < site.length; i++) {
            headers.put(out.get(i).draft(), site[i]);
        }
        return List.of(site);
    }

    /** The header kept for {@code draft}, if it is an approved or published draft of the queue. */
    private synchronized @Nullable DraftHeader kept(Draft draft) {
        return headers.get(draft);
    }

    private DraftHeader header(Row row) {
        DraftHeader kept = headers.get(row.draft());
        return kept != null ? kept : DraftHeader.of(row.file(), row.draft());
    }

    private static void place(Document page, Finding finding) {
        Element note = new Element("aside")
                .addClass("seogen-finding")
                .addClass("seogen-" + finding.severity().label())
                .attr("data-rule", finding.rule())
                .text(finding.severity().label() + " · " + finding.rule()
                        + (finding.line() > 0 ? " · line " + finding.line() : "") + ": " + finding.message());
        Element anchor = anchor(page, finding.location());
        if (anchor.tagName().equals("li")) {
            anchor.appendChild(note);
        } else {
            anchor.after(note);
        }
    }

    /** The element a finding goes after (or, for a source's entry, inside). */
    private static Element anchor(Document page, String location) {
        Element h1 = page.selectFirst("article h1");
        Element top = h1 != null ? h1 : page.body();
        Matcher section = SECTION.matcher(location);
        if (section.matches()) {
            Elements sections = page.select("article > section[id]:not(#summary):not(#sources)");
            int n = Integer.parseInt(section.group(1)) - 1;
            if (n < sections.size()) {
                Element s = sections.get(n);
                if (section.group(2) != null) {
                    Elements subs = s.select("h3");
                    int m = Integer.parseInt(section.group(2)) - 1;
                    if (m < subs.size()) {
                        return subs.get(m);
                    }
                }
                Element heading = s.selectFirst("h2");
                return heading != null ? heading : s;
            }
            return top;
        }
        if (CITATION.matcher(location).matches()) {
            for (Element block : page.select("article > div.intro > p, article section:not(#sources) p, article li")) {
                if (block.text().contains(location)) {
                    return block; // the first paragraph citing it
                }
            }
        }
        Matcher source = SOURCE.matcher(location);
        if (source.matches()) {
            Element entry = page.getElementById("source-" + source.group(1));
            return entry != null ? entry : top;
        }
        if (location.equals("summary")) {
            Element summary = page.selectFirst("#summary h2");
            return summary != null ? summary : top;
        }
        if (List.of("intro", "body").contains(location)) {
            Element meta = page.selectFirst("article p.meta");
            return meta != null ? meta : top;
        }
        return top; // title, description, question, slug, category: what the heading stands for
    }
}
