package dev.seogen.publish.internal;

import dev.seogen.core.draft.DraftHeader;
import dev.seogen.publish.AutoLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/**
 * What each published article is about, for in-text links: its keywords, as words, by language. The first
 * mention of another article's keyword in a text links to that article, at most {@link #MAX_LINKS} a page,
 * each article once; never to the page itself, never for a keyword of the page's own, only within one
 * language. A keyword several articles share links to the first of them by path. Immutable.
 */
public final class LinkTerms {
    /** Links a page gets at most: a few, so that the text stays readable and each link counts. */
    public static final int MAX_LINKS = 3;
    /** A keyword shorter than this ("ai", "io") would link too much that is not about it. */
    static final int SHORTEST = 3;

    private final String[] paths;
    /** By language, each term with the positions (in path order) of the first two articles that have it. */
    private final Map<String, Map<String, int[]>> terms = new HashMap<>();
    /**
     * By language, the terms and their beginnings in words ("mta", "mta sts" for "mta sts policy"): a mention
     * is looked for only as long as its words so far begin a term, most words begin none.
     */
    private final Map<String, Set<String>> beginnings = new HashMap<>();

    private final Map<String, String> keys = new HashMap<>();

    /**
     * The terms of the articles at {@code paths} (sorted), each in {@code languages} at the same position,
     * with {@code keywords}.
     */
    public LinkTerms(List<String> paths, List<String> languages, List<List<String>> keywords) {
        this.paths = paths.toArray(String[]::new);
        for (int i = 0; i < this.paths.length; i++) {
            Map<String, int[]> language = terms.computeIfAbsent(languages.get(i), l -> new HashMap<>());
            Set<String> begun = beginnings.computeIfAbsent(languages.get(i), l -> new HashSet<>());
            for (String term : terms(keywords.get(i))) {
                int position = i;
                language.merge(
                        term, new int[] {i}, (had, mine) -> had.length >= 2 ? had : new int[] {had[0], position});
                for (int space = term.indexOf(' '); space > 0; space = term.indexOf(' ', space + 1)) {
                    begun.add(term.substring(0, space));
                }
                begun.add(term);
            }
        }
        terms.forEach((language, map) -> {
            PageDigest key = new PageDigest("links");
            new TreeMap<>(map).forEach((term, at) -> {
                key.text(term);
                for (int position : at) {
                    key.text(this.paths[position]);
                }
            });
            keys.put(language, key.value());
        });
    }

    /** The terms of the articles of {@code headers}, whose pages are at {@code paths} (sorted), in that order. */
    public static LinkTerms of(List<String> paths, List<DraftHeader> headers) {
        return new LinkTerms(
                paths,
                headers.stream().map(h -> h.language().value()).toList(),
                headers.stream().map(DraftHeader::keywords).toList());
    }

    /**
     * A digest of the terms of {@code language} and the articles they link to: a page's links can change
     * only when it does (or the page's own text does).
     */
    public String key(String language) {
        return keys.getOrDefault(language, "");
    }

    /** The keywords as terms: lower-case words joined by one space, the too short ones left out, sorted. */
    static Set<String> terms(List<String> keywords) {
        Set<String> terms = new HashSet<>();
        for (String keyword : keywords) {
            String term = String.join(" ", words(keyword));
            if (term.length() >= SHORTEST) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (int[] span : spans(text)) {
            words.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Where the words of {@code text} are: each its start and end, letters and digits only. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordAt(text, i)) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < text.length() && isWordAt(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    /** Whether a letter or digit is at {@code i}: ASCII, most of a text, is told without code points. */
    private static boolean isWordAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(text.codePointAt(i));
    }

    /**
     * The links of one page, made as its Markdown is visited part after part (intro, sections, summary): the
     * page is the article at {@code self}, in {@code language}, with {@code keywords}; links start with
     * {@code root}, the site's path.
     */
    public Linker linker(int self, String language, List<String> keywords, String root) {
        return new Linker(
                self,
                terms.getOrDefault(language, Map.of()),
                beginnings.getOrDefault(language, Set.of()),
                terms(keywords),
                root);
    }

    /**
     * Links the first mentions in the Text nodes of a Markdown tree, outside headings, links and images (code
     * has no Text nodes). Not thread-safe: one per page.
     */
    public final class Linker extends AbstractVisitor {
        private final int self;
        private final Map<String, int[]> candidates;
        private final Set<String> beginnings;
        private final Set<String> own;
        private final String root;
        private final Set<Integer> linked = new HashSet<>();
        private final List<AutoLink> links = new ArrayList<>();

        private Linker(int self, Map<String, int[]> candidates, Set<String> beginnings, Set<String> own, String root) {
            this.self = self;
            this.candidates = candidates;
            this.beginnings = beginnings;
            this.own = own;
            this.root = root;
        }

        /** The links made so far, in the order of the text. */
        public List<AutoLink> links() {
            return List.copyOf(links);
        }

        @Override
        public void visit(Heading heading) {
            // a heading is a title of its own: never a link
        }

        @Override
        public void visit(Link link) {
            // no link inside a link
        }

        @Override
        public void visit(Image image) {
            // an image's description is its alt text: no link there
        }

        @Override
        public void visit(Text text) {
            if (links.size() >= MAX_LINKS || candidates.isEmpty()) {
                return;
            }
            String literal = text.getLiteral();
            List<int[]> words = spans(literal);
            String[] lowered = new String[words.size()];
            Node last = text;
            int done = 0;
            for (int w = 0; w < words.size() && links.size() < MAX_LINKS; w++) {
                int[] match = match(literal, words, lowered, w);
                if (match == null) {
                    continue;
                }
                int start = words.get(w)[0];
                int end = words.get(match[0])[1];
                int target = match[1];
                if (start > done) {
                    last = after(last, new Text(literal.substring(done, start)));
                }
                Link link = new Link(root + paths[target] + "/", null);
                link.appendChild(new Text(literal.substring(start, end)));
                last = after(last, link);
                linked.add(target);
                links.add(new AutoLink(paths[self], literal.substring(start, end), paths[target]));
                done = end;
                w = match[0];
            }
            if (last != text) {
                if (done < literal.length()) {
                    after(last, new Text(literal.substring(done)));
                }
                text.unlink();
            }
        }

        /**
         * The longest term starting at word {@code w} that links somewhere new: its last word and its target,
         * or null. The words of a term may be apart by spaces or hyphens only. {@code lowered} keeps each word
         * in lower case once it is needed.
         */
        private int @Nullable [] match(String literal, List<int[]> words, @Nullable String[] lowered, int w) {
            int[] best = null;
            String key = "";
            for (int last = w; last < words.size(); last++) {
                if (last > w && !joined(literal, words.get(last - 1)[1], words.get(last)[0])) {
                    break;
                }
                if (lowered[last] == null) {
                    int[] span = words.get(last);
                    lowered[last] = literal.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
                }
                key = last == w ? lowered[last] : key + " " + lowered[last];
                if (!beginnings.contains(key)) {
                    break;
                }
                int[] at = own.contains(key) ? null : candidates.get(key);
                int target = at == null ? -1 : at[0] != self ? at[0] : at.length > 1 ? at[1] : -1;
                if (target >= 0 && !linked.contains(target)) {
                    best = new int[] {last, target};
                }
            }
            return best;
        }

        private static boolean joined(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '-' && c != '\u00A0') {
                    return false;
                }
            }
            return to - from >= 1 && to - from <= 2;
        }

        private static Node after(Node node, Node next) {
            node.insertAfter(next);
            return next;
        }
    }
}
