package dev.seogen.cli;

/** Drafts written by hand for the command tests: a clean one, and one whose every field is hostile. */
final class Fixtures {
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
                  status: ok
                  checked_at: 2026-11-25T08:00:00Z
                  how: doi
                  detail: "Crossref: the record matches"
                  final_url: https://doi.org/10.17487/RFC2181
            ---

            A CNAME record in DNS makes one name an alias of another name. This article shows how it works.

            ## How it works

            A resolver that finds a CNAME record starts the lookup again at the name it points to [1]. The answer then comes from that name.

            ## Where it is not allowed

            A CNAME cannot sit at the top of a zone, and no other record may share its name [2]. Use an A record there.

            ## Summary

            A CNAME record points one name at another. Keep it off the zone apex.
            """;

    static final String HOSTILE = """
            ---
            id: hostile001
            question: "<script>alert('q')</script> What is ${7*7}?"
            title: "<script>alert('title')</script> ${7*7}"
            category: DNS
            description: '"><script>alert(1)</script>'
            keywords: ["<b>bold</b>"]
            sources:
              - id: 1
                title: "</script><script>alert('source')</script>"
                authors: ["<img src=x onerror=alert(1)>"]
                url: "javascript:alert(1)"
                doi: "javascript:alert(2)"
            ---

            <img src=x onerror=alert(1)> and [a link](javascript:alert(2)) and <#if true>directive</#if>
            Right-to-left: ما هو نظام أسماء النطاقات؟ Emoji: 🚀. ../../etc/passwd

            ## <em>Part</em> "quoted" & more

            Text [1]. <iframe src="https://evil.example"></iframe>

            ## Summary

            Done.
            """;

    private Fixtures() {}
}
