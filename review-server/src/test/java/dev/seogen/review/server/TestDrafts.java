package dev.seogen.review.server;

import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.draft.DraftStore;
import dev.seogen.publish.SiteSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Drafts written by hand for the server's tests: one clean, one with lint errors, one hostile. */
final class TestDrafts {
    static final String CLEAN_ID = "clean00001";
    static final String BROKEN_ID = "broken0001";
    static final String HOSTILE_ID = "hostile001";
    static final String CLEAN_FILE = "dns/what-is-a-cname-record-in-dns.md";
    static final String BROKEN_FILE = "dns/what-is-an-mx-record.md";

    static final String CLEAN = """
            ---
            id: clean00001
            question: What is a CNAME record in DNS?
            title: What Is a CNAME Record in DNS and When to Use It
            category: DNS
            description: "A CNAME record in DNS makes one name an alias of another. Learn how it resolves, where it is not allowed, and what to use instead."
            words: 100
            sources:
              - id: 1
                title: "Domain names: concepts and facilities"
                authors: ["Mockapetris, P."]
                year: 1987
                publisher: IETF
                url: https://www.rfc-editor.org/rfc/rfc1034
                check:
                  status: ok
                  checked_at: 2026-11-25T08:00:00Z
                  how: url
                  detail: HTTP 200
              - id: 2
                title: Clarifications to the DNS Specification
                publisher: IETF
                doi: 10.17487/RFC2181
                check:
                  status: dead
                  checked_at: 2026-11-25T08:00:00Z
                  how: doi
                  detail: HTTP 404
            ---

            A CNAME record in DNS makes one name an alias of another name. This article shows how it works.

            ## How it works

            A resolver that finds a CNAME record starts the lookup again at the name it points to [1]. The answer then comes from that name.

            ## Where it is not allowed

            A CNAME cannot sit at the top of a zone, and no other record may share its name [2]. Use an A record there.

            ## Summary

            A CNAME record points one name at another. Keep it off the zone apex.
            """;

    /** Clean but for a dead source, which is an error: for a clean draft, CLEAN without the second check. */
    static final String CLEAN_CHECKED =
            CLEAN.replace("status: dead", "status: ok").replace("HTTP 404", "HTTP 200");

    static final String BROKEN = """
            ---
            id: broken0001
            question: What is an MX record?
            title: MX
            category: DNS
            ---

            As an AI language model, I think MX records route mail.

            ## Routing

            Mail goes to the lowest preference first [4].
            """;

    static final String HOSTILE = """
            ---
            id: hostile001
            question: "<script>alert('q')</script> What is ${7*7}?"
            title: "<script>alert('title')</script> ${7*7}"
            category: DNS
            description: '"><script>alert(1)</script>'
            sources:
              - id: 1
                title: "</script><script>alert('source')</script>"
                authors: ["<img src=x onerror=alert(1)>"]
                url: "javascript:alert(1)"
            ---

            <img src=x onerror=alert(1)> and [a link](javascript:alert(2))

            ## <em>Part</em> "quoted" & more

            Text [1]. <iframe src="https://evil.example"></iframe>

            ## Summary

            Done.
            """;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private TestDrafts() {}

    /** A drafts folder under {@code folder} with the clean, broken and hostile drafts. */
    static DraftStore write(Path folder) throws IOException {
        Path drafts = folder.resolve("drafts");
        Path dns = Files.createDirectories(drafts.resolve("dns"));
        Files.writeString(dns.resolve("what-is-a-cname-record-in-dns.md"), CLEAN_CHECKED);
        Files.writeString(dns.resolve("what-is-an-mx-record.md"), BROKEN);
        Files.writeString(dns.resolve("hostile.md"), HOSTILE);
        return new DraftStore(drafts);
    }

    static SiteSettings site(Path folder) {
        return new SiteSettings(
                folder.resolve("site"),
                URI.create("https://example.com"),
                "Explainers",
                LanguageTag.ENGLISH,
                "The Explainers team",
                "Explainers",
                "Ask us a question",
                null,
                null,
                null,
                null);
    }

    static ReviewServer start(Path folder) throws IOException {
        DraftStore store = write(folder);
        return ReviewServer.start(new ServerSettings(store, site(folder), CLOCK, "Ada Reviewer", 0));
    }
}
