package dev.seogen.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.publish.AutoLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTermsTest {
    private static final List<String> PATHS =
            List.of("dns/what-is-a-cname-record", "dns/what-is-a-ttl", "mail/what-is-dkim", "mail/what-is-spf");
    private final SafeMarkdown markdown = new SafeMarkdown();

    private static LinkTerms terms(List<String> languages) {
        return new LinkTerms(
                PATHS,
                languages,
                List.of(
                        List.of("CNAME record", "alias"),
                        List.of("TTL", "time to live"),
                        List.of("DKIM"),
                        List.of("SPF", "sender policy")));
    }

    private static LinkTerms terms() {
        return terms(List.of("en", "en", "en", "en"));
    }

    /** The HTML of {@code texts}, parts of one page (the SPF article's unless said), and the links made. */
    private List<AutoLink> page(LinkTerms terms, int self, List<String> keywords, StringBuilder html, String... texts) {
        LinkTerms.Linker linker = terms.linker(self, "en", keywords, "/");
        for (String text : texts) {
            html.append(markdown.toHtml(text, java.util.Set.of(1), linker));
        }
        return linker.links();
    }

    @Test
    void linksTheFirstMentionOnlyAndEachArticleOnce() {
        StringBuilder html = new StringBuilder();
        List<AutoLink> links = page(
                terms(),
                3,
                List.of("SPF"),
                html,
                "A CNAME record points elsewhere; a TTL says how long [1].",
                "Another CNAME record, another TTL.");

        assertThat(html.toString())
                .contains("A <a href=\"/dns/what-is-a-cname-record/\">CNAME record</a> points elsewhere")
                .contains("a <a href=\"/dns/what-is-a-ttl/\">TTL</a> says how long")
                .contains("[<a href=\"#source-1\">1</a>]")
                .contains("<p>Another CNAME record, another TTL.</p>");
        assertThat(links)
                .containsExactly(
                        new AutoLink("mail/what-is-spf", "CNAME record", "dns/what-is-a-cname-record"),
                        new AutoLink("mail/what-is-spf", "TTL", "dns/what-is-a-ttl"));
    }

    @Test
    void neverInHeadingsCodeLinksOrImagesNorToItselfNorForItsOwnKeywords() {
        StringBuilder html = new StringBuilder();
        List<AutoLink> links = page(
                terms(),
                0,
                List.of("CNAME record", "DKIM"),
                html,
                "#### About the TTL\n\n`TTL` and [the TTL](https://example.com) and ![TTL](https://e.x/a.png)\n\n"
                        + "```\nTTL\n```\n\nA CNAME record, an alias, DKIM.");

        assertThat(links).isEmpty();
        assertThat(html.toString()).doesNotContain("/dns/", "/mail/");
    }

    @Test
    void atMostThreeLinksAPage() {
        LinkTerms terms = new LinkTerms(
                List.of("a/one", "a/two", "a/three", "a/four", "a/five"),
                List.of("en", "en", "en", "en", "en"),
                List.of(List.of(), List.of("dane"), List.of("dnssec"), List.of("doh"), List.of("dot over tls")));
        StringBuilder html = new StringBuilder();

        List<AutoLink> links = page(terms, 0, List.of(), html, "DANE, DNSSEC, DoH and DoT-over-TLS.");

        assertThat(links).extracting(AutoLink::target).containsExactly("a/two", "a/three", "a/four");
        assertThat(LinkTerms.MAX_LINKS).isEqualTo(3);
    }

    @Test
    void theLongestTermWinsAndASharedTermGoesToTheFirstArticleByPath() {
        LinkTerms terms = new LinkTerms(
                List.of("a/first", "a/second", "b/page", "c/self"),
                List.of("en", "en", "en", "en"),
                List.of(List.of("record"), List.of("record", "mx record"), List.of("record"), List.of()));
        StringBuilder html = new StringBuilder();

        List<AutoLink> links = page(terms, 3, List.of(), html, "An MX record is a record.");
        List<AutoLink> fromFirst = page(terms, 0, List.of(), new StringBuilder(), "A record.");

        assertThat(links)
                .extracting(AutoLink::text, AutoLink::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MX record", "a/second"),
                        org.assertj.core.groups.Tuple.tuple("record", "a/first"));
        assertThat(fromFirst)
                .as("not to itself: the next by path")
                .extracting(AutoLink::target)
                .containsExactly("a/second");
    }

    @Test
    void aMentionThatBeginsALongerTermButStopsShortLinksTheShorterTerm() {
        LinkTerms terms = new LinkTerms(
                List.of("a/dns", "b/record-types", "c/self"),
                List.of("en", "en", "en"),
                List.of(List.of("DNS"), List.of("DNS record types"), List.of()));

        List<AutoLink> links =
                page(terms, 2, List.of(), new StringBuilder(), "A DNS record is one of many DNS record types.");

        assertThat(links)
                .as("'DNS record' begins 'DNS record types' but is no term: 'DNS' links; the whole term further on")
                .extracting(AutoLink::text, AutoLink::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DNS", "a/dns"),
                        org.assertj.core.groups.Tuple.tuple("DNS record types", "b/record-types"));
    }

    @Test
    void onlyWithinTheSameLanguage() {
        LinkTerms terms = terms(List.of("fr", "en", "en", "en"));

        List<AutoLink> links = page(terms, 3, List.of(), new StringBuilder(), "A CNAME record and a TTL.");

        assertThat(links).extracting(AutoLink::target).containsExactly("dns/what-is-a-ttl");
        assertThat(terms.key("fr")).isNotEqualTo(terms.key("en"));
    }

    @Test
    void theSameInputsGiveTheSameLinksAndKey() {
        String text = "A TTL, a CNAME record, DKIM and a sender policy.";
        List<AutoLink> first = page(terms(), 3, List.of("SPF"), new StringBuilder(), text);
        List<AutoLink> again = page(terms(), 3, List.of("SPF"), new StringBuilder(), text);

        assertThat(again).isEqualTo(first).hasSize(3);
        assertThat(terms().key("en")).isEqualTo(terms().key("en"));
        LinkTerms moved = new LinkTerms(
                List.of("dns/what-is-a-cname-record", "dns/what-is-a-ttl", "mail/what-is-dkim", "mail/what-is-spf"),
                List.of("en", "en", "en", "en"),
                List.of(List.of("CNAME record"), List.of("TTL"), List.of("DKIM"), List.of("SPF")));
        assertThat(moved.key("en")).as("other keywords, another key").isNotEqualTo(terms().key("en"));
    }
}
