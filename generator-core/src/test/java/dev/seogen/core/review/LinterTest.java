package dev.seogen.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.source.CheckMethod;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.SourceCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinterTest {
    private static final String QUESTION = "What is a CNAME record in DNS?";

    /** A draft that passes every rule: each test changes one thing and expects one rule to fire. */
    private static Article clean() {
        return new Article(
                QUESTION,
                "What Is a CNAME Record in DNS and When to Use It",
                Slug.of(QUESTION),
                "DNS",
                LanguageTag.ENGLISH,
                List.of("dns", "cname"),
                "A CNAME record in DNS makes one name an alias of another. Learn how it resolves, where it is not"
                        + " allowed, and what to use instead.",
                "A CNAME record in DNS makes one name an alias of another name. This article shows how it works.",
                List.of(
                        new Section(
                                "How it works",
                                "A resolver that finds a CNAME record starts the lookup again at"
                                        + " the name it points to [1]. The answer then comes from that name."),
                        new Section(
                                "Where it is not allowed",
                                "A CNAME cannot sit at the top of a zone, and no other"
                                        + " record may share its name [2]. Use an A record there.")),
                new Section("Summary", "A CNAME record points one name at another. Keep it off the zone apex."),
                List.of(
                        new Source(
                                1,
                                "Domain names: concepts and facilities",
                                List.of("Mockapetris, P."),
                                1987,
                                "IETF",
                                "https://www.rfc-editor.org/rfc/rfc1034",
                                null),
                        new Source(
                                2,
                                "Clarifications to the DNS Specification",
                                List.of("Elz, R.", "Bush, R."),
                                1997,
                                "IETF",
                                null,
                                "10.17487/RFC2181")));
    }

    /** A draft of {@code article} whose sources were all checked and found. */
    private static Draft draft(Article article) {
        return verified(Draft.of(article, 100, Review.NEW, null));
    }

    private static Draft verified(Draft draft) {
        Map<Integer, SourceCheck> found = new TreeMap<>();
        for (Source source : draft.article().sources()) {
            found.put(
                    source.id(),
                    new SourceCheck(
                            CheckStatus.OK,
                            Instant.parse("2026-11-26T08:00:00Z"),
                            CheckMethod.URL,
                            "HTTP 200",
                            null,
                            null));
        }
        return draft.withChecks(found);
    }

    private static List<Finding> lint(Article article) {
        return new Linter().lint(List.of(draft(article))).values().iterator().next();
    }

    /** The findings of {@code rule} for {@code draft}, as "rule severity location". */
    private static List<String> rules(Draft draft, String rule) {
        return new Linter()
                .lintOne(draft).stream()
                        .filter(f -> f.rule().equals(rule))
                        .map(f -> f.rule() + " " + f.severity().label() + " " + f.location())
                        .toList();
    }

    private static List<String> problems(Article article) {
        return lint(article).stream()
                .filter(f -> f.severity() != Severity.NOTE)
                .map(f -> f.rule() + " " + f.severity().label() + " " + f.location())
                .toList();
    }

    private static Article with(UnaryOperator<Article> change) {
        return change.apply(clean());
    }

    @Test
    void aCleanDraftHasNoFindingButItsReadabilityScore() {
        assertThat(problems(clean())).isEmpty();
        assertThat(lint(clean())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("readability");
            assertThat(f.message()).startsWith("Flesch reading ease ");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CNAME in DNS", "What Is a CNAME Record in DNS, and When Should You Use One Instead of A?"})
    void titleLengthIsChecked(String title) {
        Article a = clean();
        Article changed = new Article(
                a.question(),
                title,
                a.slug(),
                a.category(),
                a.language(),
                a.keywords(),
                a.metaDescription(),
                a.intro(),
                a.sections(),
                a.summary(),
                a.sources());

        assertThat(problems(changed)).contains("title-length warning title");
    }

    @Test
    void metaDescriptionLengthIsChecked() {
        Article a = clean();
        Article shortOne = new Article(
                a.question(),
                a.title(),
                a.slug(),
                a.category(),
                a.language(),
                a.keywords(),
                "A CNAME record is an alias.",
                a.intro(),
                a.sections(),
                a.summary(),
                a.sources());
        Article none = new Article(
                a.question(),
                a.title(),
                a.slug(),
                a.category(),
                a.language(),
                a.keywords(),
                "",
                a.intro(),
                a.sections(),
                a.summary(),
                a.sources());

        assertThat(problems(shortOne)).containsExactly("description-length warning description");
        assertThat(problems(none)).containsExactly("description-length error description");
    }

    @Test
    void underlinedHeadingsAreFoundAsWellAsHashOnesButNotInCode() {
        Article c = clean();
        Article a = new Article(
                c.question(),
                c.title(),
                c.slug(),
                c.category(),
                c.language(),
                c.keywords(),
                c.metaDescription(),
                "An intro [1].\n\nBig title\n=========\n\nMore.",
                List.of(
                        new Section(
                                "How it works",
                                "Text [1].\nA second heading\n---\n\nText.",
                                List.of(new Section("Detail", "Sub text [1].\n\nOops\n===\n"))),
                        new Section(
                                "Where it is not allowed",
                                "Text [2].\n\n---\n\n===\n\n```md\nCode\n===\n```\n\n    Indented\n    ===\n\n"
                                        + "- an item\n---\n\n> quoted\n===\n")),
                new Section("Summary", "Done [1].\n#\nStill done."),
                c.sources());

        List<Finding> findings = lint(a);

        assertThat(problems(a))
                .contains(
                        "one-h1 error intro",
                        "heading-levels warning section 1",
                        "one-h1 error section 1.1",
                        "one-h1 error summary")
                .doesNotContain("one-h1 error section 2", "heading-levels warning section 2");
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("one-h1") && f.location().equals("intro"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("a line underlined with '===' is a second H1"));
        assertThat(findings)
                .filteredOn(
                        f -> f.rule().equals("heading-levels") && f.location().equals("section 1"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("a line underlined with '---' is an H2"));
    }

    @Test
    void aSecondH1AndASkippedLevelAreFound() {
        Article a = with(x -> x.withSections(List.of(
                new Section("How it works", "# Big heading\n\nText [1]."),
                new Section(
                        "Where it is not allowed", "#### Too deep\n\nText [2].\n\n```sh\n# a comment, fine\n```"))));

        assertThat(problems(a))
                .contains("one-h1 error section 1", "heading-levels warning section 2")
                .doesNotContain("one-h1 error section 2");
    }

    @Test
    void aWordCountFarFromTheTargetIsAWarning() {
        Draft longer = verified(Draft.of(clean(), 400, Review.NEW, null));

        List<Finding> findings = new Linter().lint(List.of(longer)).get(longer);

        assertThat(findings)
                .filteredOn(f -> f.rule().equals("word-count"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).contains("for a target of 400").contains("expand"));
    }

    @Test
    void theQuestionsKeyTermsBelongInTitleAndIntro() {
        Article a = clean();
        Article vague = new Article(
                a.question(),
                "Everything You Wanted to Know About Naming",
                a.slug(),
                a.category(),
                a.language(),
                a.keywords(),
                a.metaDescription(),
                "Names matter on the internet.",
                a.sections(),
                a.summary(),
                a.sources());

        assertThat(problems(vague)).contains("key-terms warning title", "key-terms warning intro");
    }

    @Test
    void citationsMustExistCoverEverySectionAndUseEverySource() {
        Article a = with(x -> x.withSections(List.of(
                new Section("How it works", "Text without a citation."),
                new Section("Where it is not allowed", "Text citing a ghost [7]."))));

        assertThat(problems(a))
                .contains(
                        "section-citations error section 1",
                        "citation-exists error [7]",
                        "source-cited warning source [1]",
                        "source-cited warning source [2]");
    }

    @Test
    void sourceLinksMustBeAbsoluteWebAddresses() {
        Article a = clean();
        List<Source> sources = new ArrayList<>(a.sources());
        sources.set(0, new Source(1, "RFC 1034", List.of(), 1987, "IETF", "javascript:alert(1)", null));
        sources.set(1, new Source(2, "A book", List.of(), 2006, "O'Reilly", null, null));
        Article changed = new Article(
                a.question(),
                a.title(),
                a.slug(),
                a.category(),
                a.language(),
                a.keywords(),
                a.metaDescription(),
                a.intro(),
                a.sections(),
                a.summary(),
                sources);

        assertThat(problems(changed)).containsExactly("source-link error source [1]", "source-link warning source [2]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "As an AI language model, I",
                "As of my last update in 2023,",
                "I cannot browse the web,",
                "<think>let me see</think>"
            })
    void modelBoilerplateIsAnError(String phrase) {
        Article a = with(x -> x.withSections(List.of(
                new Section("How it works", phrase + " a resolver restarts the lookup [1]."),
                new Section("Where it is not allowed", "Not at the apex [2]."))));

        assertThat(problems(a)).contains("boilerplate error body");
    }

    @Test
    void hardToReadTextIsAWarningWithItsScore() {
        String dense = "Notwithstanding considerations regarding authoritative nameserver configuration, canonical"
                + " name delegation necessitates comprehensive organizational understanding of hierarchical"
                + " resolution infrastructure characteristics [1] [2].";
        Article a = with(x -> x.withSections(
                List.of(new Section("How it works", dense), new Section("Where it is not allowed", dense))));

        assertThat(lint(a))
                .filteredOn(f -> f.rule().equals("readability"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("below 30");
                });
    }

    @Test
    void theSameQuestionTitleOrSlugTwiceIsAnError() {
        Article a = clean();
        Article twin = new Article(
                a.question(),
                a.title(),
                a.slug(),
                "Networking",
                a.language(),
                a.keywords(),
                a.metaDescription(),
                "Different intro text about aliases for names.",
                a.sections(),
                a.summary(),
                a.sources());
        Draft first = draft(a);
        Draft second = draft(twin);

        var findings = new Linter().lint(List.of(first, second));

        assertThat(findings.get(first))
                .extracting(Finding::rule)
                .contains("duplicate-question", "duplicate-title", "duplicate-slug");
        assertThat(findings.get(first))
                .filteredOn(f -> f.rule().equals("duplicate-slug"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("networking/what-is-a-cname-record-in-dns.md"));
    }

    @Test
    void twoSpellingsOfOneCategoryAreAnErrorNamingBothAndTheirDrafts() {
        Draft upper = draft(clean());
        Draft mixed = draft(clean().withCategory("Dns").withSlug(new Slug("what-is-an-mx-record")));
        Draft otherFolder = draft(clean().withCategory("Mail").withSlug(new Slug("what-is-smtp")));

        var findings = new Linter().lint(List.of(upper, mixed, otherFolder));

        assertThat(findings.get(upper))
                .filteredOn(f -> f.rule().equals("category-spelling"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location()).isEqualTo("category");
                    assertThat(f.message())
                            .isEqualTo("'DNS' is spelled otherwise in the same folder dns/: 'Dns' in"
                                    + " dns/what-is-an-mx-record.md; spell the category the same way in every draft");
                });
        assertThat(findings.get(mixed))
                .filteredOn(f -> f.rule().equals("category-spelling"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'DNS' in dns/what-is-a-cname-record-in-dns.md"));
        assertThat(findings.get(otherFolder)).extracting(Finding::rule).doesNotContain("category-spelling");
    }

    @Test
    void aNearDuplicatePairIsFoundAndADifferentArticleIsNot() {
        String body = "A resolver that finds a CNAME record starts the lookup again at the name it points to. The"
                + " answer then comes from that name, and the client sees the final address. Caches keep both"
                + " records for their time to live, so a change takes effect only when they expire. ";
        Article base = clean();
        Article first = new Article(
                "What does a CNAME record do?",
                "t1 long enough title for the rule here",
                Slug.of("cname one"),
                "DNS",
                LanguageTag.ENGLISH,
                List.of(),
                base.metaDescription(),
                body,
                List.of(new Section("One", body + body + "[1]")),
                new Section("Summary", body),
                base.sources());
        Article second = new Article(
                "How does a CNAME record resolve?",
                "t2 long enough title for the rule here",
                Slug.of("cname two"),
                "DNS",
                LanguageTag.ENGLISH,
                List.of(),
                base.metaDescription(),
                body,
                List.of(new Section("One", body + body + "Also [1]")),
                new Section("Summary", body + "Indeed."),
                base.sources());
        Draft a = draft(first);
        Draft b = draft(second);
        Draft other = draft(clean());

        var findings = new Linter().lint(List.of(a, b, other));

        assertThat(findings.get(a))
                .filteredOn(f -> f.rule().equals("near-duplicate"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("dns/cname-two.md"));
        assertThat(findings.get(other)).extracting(Finding::rule).doesNotContain("near-duplicate");
    }

    @Test
    void copiesOfOneTextNameTheirClosestFewAndCountTheRest() {
        List<Draft> copies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            copies.add(draft(clean().withSlug(Slug.of("copy " + i))));
        }

        var findings = new Linter().lint(copies);

        List<Finding> first = findings.get(copies.get(0)).stream()
                .filter(f -> f.rule().equals("near-duplicate"))
                .toList();
        assertThat(first).hasSize(3);
        assertThat(first.get(0).message()).contains("copy-1.md", "100 %");
        assertThat(first.get(2).message()).contains("copy-3.md", "(and 2 more drafts like it)");
        for (Draft copy : copies.subList(1, 6)) {
            assertThat(findings.get(copy))
                    .filteredOn(f -> f.rule().equals("near-duplicate"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("copy-0.md"));
        }
    }

    @Test
    void readabilityIsNotScoredInALanguageWithoutItsOwnFormula() {
        Article a = clean();
        Article dutch = new Article(
                a.question(),
                a.title(),
                a.slug(),
                a.category(),
                new LanguageTag("nl"),
                a.keywords(),
                a.metaDescription(),
                a.intro(),
                a.sections(),
                a.summary(),
                a.sources());

        assertThat(lint(dutch)).extracting(Finding::rule).doesNotContain("readability");
    }

    @Test
    void wellFormedMarkdownRaisesNoFalseAlarm() {
        String nested = "````markdown\n```bash\n# install\n```\n````";
        Article a = with(x -> x.withSections(List.of(
                new Section(
                        "How it works",
                        "Read `items[0]` first; Ollama runs as an AI model server [1, 2].\n\n" + nested),
                new Section("Where it is not allowed", "1. First item [2]\n2. Second item"))));

        assertThat(problems(a)).allMatch(p -> p.startsWith("word-count"), "only the word count, lower here");
    }

    @Test
    void pluralsCountAsTheirKeyTerm() {
        Article a = clean();
        Article vpns = new Article(
                "What are VPNs?",
                "What Is a VPN and How Does It Work in Practice",
                Slug.of("vpns"),
                a.category(),
                a.language(),
                a.keywords(),
                a.metaDescription(),
                "A VPN carries traffic through a tunnel.",
                a.sections(),
                a.summary(),
                a.sources());

        assertThat(problems(vpns)).doesNotContain("key-terms warning title", "key-terms warning intro");
    }

    @Test
    void anUpperCaseSchemeIsAWebAddressAndABadDoiIsNot() {
        Article a = clean();
        List<Source> sources = List.of(
                new Source(1, "RFC 1034", List.of(), 1987, "IETF", "HTTPS://WWW.RFC-EDITOR.ORG/rfc/rfc1034", null),
                new Source(2, "RFC 2181", List.of(), 1997, "IETF", null, "javascript:alert(1)"));
        Article changed = new Article(
                a.question(),
                a.title(),
                a.slug(),
                a.category(),
                a.language(),
                a.keywords(),
                a.metaDescription(),
                a.intro(),
                a.sections(),
                a.summary(),
                sources);

        assertThat(lint(changed))
                .filteredOn(f -> f.rule().equals("source-link"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is not a DOI"));
    }

    @Test
    void sourceChecksKeptInTheDraftAreErrorsWhenASourceIsMissingMismatchedOrDeadAndWarningsWhenUnknown() {
        Draft draft = draft(clean());
        Instant at = Instant.parse("2026-11-26T08:00:00Z");
        Map<Integer, SourceCheck> checks = new TreeMap<>(draft.checks());

        checks.put(1, new SourceCheck(CheckStatus.DEAD, at, CheckMethod.URL, "HTTP 404", null, null));
        checks.put(
                2,
                new SourceCheck(
                        CheckStatus.MISSING,
                        at,
                        CheckMethod.DOI,
                        "Crossref has no record of 10.17487/RFC2181",
                        null,
                        null));
        assertThat(rules(draft.withChecks(checks), "source-check"))
                .containsExactly("source-check error source [1]", "source-check error source [2]");

        checks.put(
                1,
                new SourceCheck(
                        CheckStatus.MISMATCH,
                        at,
                        CheckMethod.DOI,
                        "title on record: Something else",
                        "Something else",
                        null));
        checks.put(2, SourceCheck.unknown(at, CheckMethod.URL, "HTTP 403 (a bot wall)"));
        assertThat(rules(draft.withChecks(checks), "source-check"))
                .containsExactly("source-check error source [1]", "source-check warning source [2]");

        assertThat(rules(draft.withChecks(Map.of()), "source-check"))
                .containsExactly("source-check warning source [1]", "source-check warning source [2]");
        assertThat(new Linter().lintOne(draft.withChecks(checks)).get(0).message())
                .contains("title on record: Something else");
    }
}
