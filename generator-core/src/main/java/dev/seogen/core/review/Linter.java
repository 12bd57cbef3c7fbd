package dev.seogen.core.review;

import dev.seogen.core.article.Article;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.model.SectionText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lints drafts: each rule has an id, a severity and a message that says what to fix. Rules on one draft
 * (lengths, headings, citations, sources, boilerplate, readability and key terms in the draft's language, the
 * language itself when a detector is given) and rules across drafts (the same question, title or slug twice
 * in one language; two spellings of one category; articles that are mostly the same text; versions of one
 * key that disagree on sources or sections); and {@code claim-support} on grounded drafts when a
 * {@link ClaimSupportRule} is given.
 */
public final class Linter {
    static final int TITLE_MIN = 30;
    static final int TITLE_MAX = 65;
    static final int DESCRIPTION_MIN = 120;
    static final int DESCRIPTION_MAX = 160;
    static final double WORDS_TOLERANCE = 0.30;
    static final double NEAR_DUPLICATE = 0.5;
    static final double HARD_TO_READ = 30;

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final List<String> BOILERPLATE = List.of(
            "as an ai language model",
            "as a large language model",
            "i cannot browse",
            "i can't browse",
            "i don't have access to real-time",
            "as of my last update",
            "as of my knowledge cutoff",
            "as of my last knowledge update",
            "i hope this helps",
            "certainly! here",
            "<think>",
            "</think>");

    private final @Nullable LanguageDetector detector;
    private final @Nullable ClaimSupportRule claims;

    /** The rules that need nothing but the drafts: no {@code language}, no {@code claim-support}. */
    public Linter() {
        this(null, null);
    }

    /** A linter whose rule {@code language} asks {@code detector} which language each draft is written in. */
    public Linter(LanguageDetector detector) {
        this(java.util.Objects.requireNonNull(detector, "detector"), null);
    }

    /** With {@code claim-support} too, when a library index is at hand. */
    public Linter(ClaimSupportRule claims) {
        this(null, java.util.Objects.requireNonNull(claims, "claims"));
    }

    /**
     * With rule {@code language} when {@code detector} is given and {@code claim-support} when {@code claims} is
     * ({@code null}: without that rule).
     */
    public Linter(@Nullable LanguageDetector detector, @Nullable ClaimSupportRule claims) {
        this.detector = detector;
        this.claims = claims;
    }

    /** Lints every draft; the findings of each draft, in the order of {@code drafts}. */
    public Map<Draft, List<Finding>> lint(List<Draft> drafts) {
        return lint(drafts, new Cache());
    }

    /**
     * Lints every draft as {@link #lint(List)} does, taking each draft's own findings from {@code cache} when
     * it holds that very draft (the same object), and keeping there those of the others: a server that lints
     * ten thousand drafts again after one changed redoes one draft's rules and the rules across drafts.
     */
    public Map<Draft, List<Finding>> lint(List<Draft> drafts, Cache cache) {
        // Each draft on its own, on every core (the rules keep no state); then the rules that compare drafts.
        List<Linted> each =
                drafts.parallelStream().map(d -> cache.linted(d, this)).toList();
        cache.keepOnly(drafts);
        Map<Draft, List<Finding>> findings = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            findings.put(drafts.get(i), new ArrayList<>(each.get(i).findings()));
        }
        duplicates(drafts, each.stream().map(Linted::words).toList(), findings);
        VersionsRule.add(drafts, findings);
        return findings;
    }

    /** The rules that need no other draft. */
    public List<Finding> lintOne(Draft draft) {
        return linted(draft).findings();
    }

    /** A draft's findings, and the words of its text, which several rules count. */
    private record Linted(List<Finding> findings, List<String> words) {}

    /** The single-draft results of earlier lints, by draft object; see {@link #lint(List, Cache)}. Thread-safe. */
    public static final class Cache {
        private final Map<Draft, Linted> linted = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        /** The linter that last used this cache, for a draft it has not seen yet. */
        private volatile Linter by = new Linter();

        /** The findings of the rules on {@code draft} alone, linted now or earlier; a draft's list from a lint starts with them. */
        public List<Finding> own(Draft draft) {
            return linted(draft, by).findings();
        }

        /** As {@link #own(Draft)}, linted by {@code linter} when this cache does not hold the draft yet. */
        public List<Finding> own(Draft draft, Linter linter) {
            return linted(draft, linter).findings();
        }

        /** Not computeIfAbsent: that would hold the map's lock while a draft is linted, one at a time. */
        private Linted linted(Draft draft, Linter linter) {
            by = linter;
            Linted known = linted.get(draft);
            if (known == null) {
                known = linter.linted(draft);
                linted.put(draft, known);
            }
            return known;
        }

        private void keepOnly(List<Draft> drafts) {
            Set<Draft> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            current.addAll(drafts);
            linted.keySet().retainAll(current);
        }
    }

    private Linted linted(Draft draft) {
        Checks checks = new Checks(draft);
        Article article = draft.article();
        String text = PlainText.of(article);
        List<String> words = PlainText.words(text);
        lengths(article, checks);
        headings(article, checks);
        wordCount(draft, words.size(), checks);
        keyTerms(article, checks);
        citations(article, checks);
        sources(draft, checks);
        checks.findings.addAll(SourceCheckRule.findings(draft));
        if (claims != null) {
            checks.findings.addAll(claims.findings(draft));
        }
        boilerplate(draft, checks);
        readability(article, text, words, checks);
        if (detector != null) {
            checks.findings.addAll(LanguageRule.findings(draft, detector));
        }
        return new Linted(checks.findings, words);
    }

    private static void lengths(Article article, Checks checks) {
        int title = article.title().strip().length();
        if (title < TITLE_MIN || title > TITLE_MAX) {
            checks.warn(
                    "title-length",
                    "title",
                    "the title has " + title + " characters; search results show " + TITLE_MIN + " to " + TITLE_MAX
                            + " best");
        }
        int description = article.metaDescription().strip().length();
        if (description == 0) {
            checks.error(
                    "description-length",
                    "description",
                    "there is no meta description; write one of " + DESCRIPTION_MIN + " to " + DESCRIPTION_MAX
                            + " characters");
        } else if (description < DESCRIPTION_MIN || description > DESCRIPTION_MAX) {
            checks.warn(
                    "description-length",
                    "description",
                    "the meta description has " + description + " characters; write " + DESCRIPTION_MIN + " to "
                            + DESCRIPTION_MAX);
        }
        if (article.sections().isEmpty()) {
            checks.error("structure", "body", "there are no ## sections; the article needs its numbered sections");
        }
        if (article.summary().body().isBlank()) {
            checks.warn("structure", "summary", "there is no summary; end the body with a ## section that sums up");
        }
    }

    private static void headings(Article article, Checks checks) {
        // The H1 is the question, and ## are the sections: any other H1, and any H2 that Markdown makes of
        // text underlined with ---, puts headings on the page that the article's outline does not have.
        body(
                checks,
                "intro",
                article.intro(),
                4,
                "a heading below ## before the first section skips levels;" + " start sections with ##");
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            String where = "section " + (i + 1);
            body(checks, where, section.body(), 4, "a #### heading right under ## skips a level; use ###");
            if (section.heading().isBlank()) {
                checks.error(
                        "heading-levels",
                        where,
                        section.subsections().isEmpty()
                                ? "a ## heading has no text; name the section"
                                : "a ### sub-section comes before any ## section; add the ## heading");
            }
            for (int j = 0; j < section.subsections().size(); j++) {
                body(
                        checks,
                        where + "." + (j + 1),
                        section.subsections().get(j).body(),
                        5,
                        "a ##### heading right under ### skips a level; use ####");
            }
        }
        body(checks, "summary", article.summary().body(), 4, "a #### heading right under ## skips a level; use ###");
    }

    /** The heading rules for one body of text: no H1, no underlined H2, nothing from {@code tooDeep} on. */
    private static void body(Checks checks, String where, String markdown, int tooDeep, String skipped) {
        boolean h1 = false;
        boolean setext2 = false;
        boolean deep = false;
        for (Headings.Heading heading : Headings.of(markdown)) {
            if (heading.level() == 1 && !h1) {
                h1 = true;
                checks.error(
                        "one-h1",
                        where,
                        heading.setext()
                                ? "a line underlined with '===' is a second H1 (the question is the H1); write it"
                                        + " as a '##' or '###' heading, or put a blank line between the two lines"
                                : "a '# ' heading makes a second H1 (the question is the H1); use ## for a"
                                        + " section, ### for a sub-section");
            } else if (heading.level() == 2 && heading.setext() && !setext2) {
                setext2 = true;
                checks.warn(
                        "heading-levels",
                        where,
                        "a line underlined with '---' is an H2 that is not one of the article's sections; write"
                                + " it as '## ' (a section) or '### ', or put a blank line between the two lines");
            } else if (heading.level() >= tooDeep && !deep) {
                deep = true;
                checks.warn("heading-levels", where, skipped);
            }
        }
    }

    private static void wordCount(Draft draft, int words, Checks checks) {
        int target = draft.targetWords();
        if (Math.abs(words - target) > target * WORDS_TOLERANCE) {
            checks.warn(
                    "word-count",
                    "body",
                    "the article has " + words + " words for a target of " + target + " (±"
                            + Math.round(WORDS_TOLERANCE * 100) + " %); " + (words < target ? "expand" : "shorten")
                            + " it");
        }
    }

    private static void keyTerms(Article article, Checks checks) {
        Set<String> terms = KeyTerms.of(article.question(), article.language());
        if (terms.isEmpty()) {
            return;
        }
        check(terms, article.title(), "title", checks);
        check(terms, PlainText.strip(article.intro()), "intro", checks);
    }

    private static void check(Set<String> terms, String text, String where, Checks checks) {
        List<String> missing = KeyTerms.missing(terms, text);
        if (missing.size() * 2 > terms.size()) {
            checks.warn(
                    "key-terms",
                    where,
                    "the " + where + " lacks the question's key terms \"" + String.join("\", \"", missing)
                            + "\"; readers and search engines look for them there");
        }
    }

    private static void citations(Article article, Checks checks) {
        Set<Integer> ids = new LinkedHashSet<>();
        article.sources().forEach(source -> ids.add(source.id()));
        Set<Integer> cited = new LinkedHashSet<>();
        for (int i = 0; i < article.sections().size(); i++) {
            Section section = article.sections().get(i);
            StringBuilder text = new StringBuilder(section.body());
            section.subsections().forEach(sub -> text.append('\n').append(sub.body()));
            List<Integer> inSection = SectionText.citations(code(text.toString()));
            if (inSection.isEmpty()) {
                checks.error(
                        "section-citations",
                        "section " + (i + 1),
                        "\"" + section.heading() + "\" cites no source; support it with [n] citations of the sources");
            }
            cited.addAll(inSection);
        }
        for (String part : List.of(article.intro(), article.summary().body())) {
            cited.addAll(SectionText.citations(code(part)));
        }
        for (int id : cited) {
            if (!ids.contains(id)) {
                checks.error(
                        "citation-exists",
                        "[" + id + "]",
                        "[" + id + "] is cited but no source has id " + id + "; add the source or fix the citation");
            }
        }
        for (int id : ids) {
            if (!cited.contains(id)) {
                checks.warn(
                        "source-cited",
                        "source [" + id + "]",
                        "source " + id + " is never cited; cite it where it" + " supports the text, or remove it");
            }
        }
    }

    private static void sources(Draft draft, Checks checks) {
        for (Source source : draft.article().sources()) {
            String where = "source [" + source.id() + "]";
            if (source.url() != null && !isWebAddress(source.url())) {
                checks.error("source-link", where, "the link '" + source.url() + "' is not an absolute http(s) URL");
            }
            if (source.doi() != null && !DOI.matcher(source.doi()).matches()) {
                checks.error(
                        "source-link",
                        where,
                        "'" + source.doi() + "' is not a DOI; a DOI looks like" + " 10.1145/3442188.3445922");
            }
            if (source.url() == null
                    && source.doi() == null
                    && !draft.evidence().containsKey(source.id())) {
                // a library document without a URL is cited by title alone, as the library names it
                checks.warn(
                        "source-link",
                        where,
                        "\"" + source.title() + "\" has neither a URL nor a DOI; add one"
                                + " so that readers can find it");
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void boilerplate(Draft draft, Checks checks) {
        Article article = draft.article();
        List<String> parts = new ArrayList<>(List.of(
                article.title(),
                article.metaDescription(),
                article.intro(),
                article.summary().body()));
        article.sections().forEach(s -> {
            parts.add(s.body());
            s.subsections().forEach(sub -> parts.add(sub.body()));
        });
        String text = Code.without(String.join("\n", parts)).toLowerCase(Locale.ROOT);
        for (String phrase : BOILERPLATE) {
            if (text.contains(phrase)) {
                checks.error(
                        "boilerplate", "body", "model boilerplate \"" + phrase + "\" is left in the text; remove it");
            }
        }
    }

    private static void readability(Article article, String text, List<String> words, Checks checks) {
        Readability formula = Readability.of(article.language()).orElse(null);
        if (formula == null) {
            return; // a formula fitted to one language misjudges another
        }
        double ease = formula.score(text, words);
        String score = String.format(Locale.ROOT, "%.0f", ease);
        if (ease < HARD_TO_READ) {
            checks.warn(
                    "readability",
                    "body",
                    formula.label() + " " + score + " (below " + (int) HARD_TO_READ
                            + " is very hard to read); shorten sentences and prefer short words");
        } else {
            checks.note("readability", "body", formula.label() + " " + score);
        }
    }

    /** The duplicates and near-duplicates a draft's findings name; the others are counted. */
    private static final int NEAR_DUPLICATES_NAMED = 3;

    private static void duplicates(List<Draft> drafts, List<List<String>> texts, Map<Draft, List<Finding>> findings) {
        same(
                drafts,
                findings,
                "duplicate-question",
                "question",
                d -> d.article().language() + " " + normal(d.article().question()));
        same(
                drafts,
                findings,
                "duplicate-title",
                "title",
                d -> d.article().language() + " " + normal(d.article().title()));
        same(drafts, findings, "duplicate-slug", "slug", d -> d.article().slug().value());
        categorySpellings(drafts, findings);
        // Each draft is told of its closest near-duplicates, at most a few, and how many more there are.
        Map<Integer, List<NearDuplicates.Pair>> byDraft = new HashMap<>();
        for (NearDuplicates.Pair pair : NearDuplicates.find(texts, NEAR_DUPLICATE)) {
            byDraft.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair);
            byDraft.computeIfAbsent(pair.second(), k -> new ArrayList<>()).add(pair);
        }
        byDraft.forEach((index, pairs) -> {
            Draft draft = drafts.get(index);
            pairs.sort(Comparator.comparingDouble(NearDuplicates.Pair::similarity)
                    .reversed()
                    .thenComparingInt(p -> p.first() + p.second()));
            Checks checks = new Checks(draft);
            for (NearDuplicates.Pair pair : pairs.subList(0, Math.min(NEAR_DUPLICATES_NAMED, pairs.size()))) {
                Draft other = drafts.get(pair.first() == index ? pair.second() : pair.first());
                String share = Math.round(pair.similarity() * 100) + " %";
                String more = pairs.size() > NEAR_DUPLICATES_NAMED && pair == pairs.get(NEAR_DUPLICATES_NAMED - 1)
                        ? " (and " + (pairs.size() - NEAR_DUPLICATES_NAMED) + " more drafts like it)"
                        : "";
                findings.get(draft)
                        .add(checks.finding(
                                "near-duplicate",
                                Severity.WARNING,
                                "body",
                                "its text and " + other.article().draftPath() + "'s are " + share
                                        + " the same (five-word passages); rewrite one of them or merge them" + more));
            }
        });
    }

    /**
     * Two spellings of one category ({@code DNS} and {@code Dns}) share a folder and a page, which would take
     * one of the names at random: every draft of that folder is told of the other spellings and where they are.
     */
    private static void categorySpellings(List<Draft> drafts, Map<Draft, List<Finding>> findings) {
        Map<String, Map<String, List<Draft>>> byFolder = new TreeMap<>();
        for (Draft draft : drafts) {
            byFolder.computeIfAbsent(draft.article().categorySlug().value(), k -> new TreeMap<>())
                    .computeIfAbsent(draft.article().category(), k -> new ArrayList<>())
                    .add(draft);
        }
        byFolder.forEach((folder, spellings) -> {
            if (spellings.size() < 2) {
                return;
            }
            spellings.forEach((spelling, group) -> {
                String others = spellings.entrySet().stream()
                        .filter(e -> !e.getKey().equals(spelling))
                        .map(e -> "'" + e.getKey() + "' in " + named(e.getValue()))
                        .collect(java.util.stream.Collectors.joining("; "));
                for (Draft draft : group) {
                    findings.get(draft)
                            .add(new Checks(draft)
                                    .finding(
                                            "category-spelling",
                                            Severity.ERROR,
                                            "category",
                                            "'" + spelling + "' is spelled otherwise in the same folder " + folder
                                                    + "/: " + others + "; spell the category the same way in every"
                                                    + " draft"));
                }
            });
        });
    }

    private static String named(List<Draft> group) {
        String names = group.stream()
                .limit(NEAR_DUPLICATES_NAMED)
                .map(d -> d.article().draftPath())
                .collect(java.util.stream.Collectors.joining(", "));
        int more = group.size() - Math.min(group.size(), NEAR_DUPLICATES_NAMED);
        return names + (more > 0 ? " and " + more + " more" : "");
    }

    private static void same(
            List<Draft> drafts,
            Map<Draft, List<Finding>> findings,
            String rule,
            String what,
            Function<Draft, String> key) {
        Map<String, List<Draft>> groups = new HashMap<>();
        drafts.forEach(d ->
                groups.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
        for (Draft draft : drafts) {
            List<Draft> group = groups.get(key.apply(draft));
            if (group.size() > 1) {
                List<String> others = group.stream()
                        .filter(d -> d != draft)
                        .limit(NEAR_DUPLICATES_NAMED)
                        .map(d -> d.article().draftPath())
                        .toList();
                int more = group.size() - 1 - others.size();
                findings.get(draft)
                        .add(new Checks(draft)
                                .finding(
                                        rule,
                                        Severity.ERROR,
                                        what,
                                        "the same " + what + " as " + String.join(", ", others)
                                                + (more > 0 ? " and " + more + " more" : "")
                                                + "; keep one article per " + what));
            }
        }
    }

    private static String normal(String text) {
        return String.join(" ", PlainText.words(text));
    }

    /** Text without code, where '#' and '[1]' mean something else. */
    private static String code(String markdown) {
        return Code.without(markdown);
    }

    /** Collects one draft's findings. */
    private static final class Checks {
        private final Draft draft;
        private final List<Finding> findings = new ArrayList<>();

        Checks(Draft draft) {
            this.draft = draft;
        }

        void error(String rule, String where, String message) {
            findings.add(finding(rule, Severity.ERROR, where, message));
        }

        void warn(String rule, String where, String message) {
            findings.add(finding(rule, Severity.WARNING, where, message));
        }

        void note(String rule, String where, String message) {
            findings.add(finding(rule, Severity.NOTE, where, message));
        }

        Finding finding(String rule, Severity severity, String where, String message) {
            return new Finding(rule, severity, draft.id(), draft.article().draftPath(), where, message);
        }
    }
}
