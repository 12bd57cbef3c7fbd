package dev.seogen.publish;

import dev.seogen.core.article.Slug;
import dev.seogen.core.draft.DraftHeader;
import dev.seogen.publish.internal.PageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Chooses each article's related articles: same category first (those sharing the most keywords, then the
 * newest), then other categories' articles that share keywords. One pass over the article's category with a
 * five-place podium, no sorting, keywords compared as sorted numbers; articles are named by their position
 * in the list given.
 */
final class RelatedArticles {
    static final int COUNT = 5;

    private final int[] category;
    private final int[][] keywords;
    private final int[][] byCategory;
    private final int[] newestFirst;

    /** {@code articles} in path order; {@code newest} orders them newest first. */
    RelatedArticles(List<PublishedArticle> articles, Comparator<PublishedArticle> newest) {
        category = new int[articles.size()];
        keywords = new int[articles.size()][];
        Map<Slug, Integer> categories = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            DraftHeader header = articles.get(i).header();
            category[i] = categories.computeIfAbsent(header.categorySlug(), c -> categories.size());
            keywords[i] = header.keywords().stream()
                    .mapToInt(k -> words.computeIfAbsent(k, w -> words.size()))
                    .distinct()
                    .sorted()
                    .toArray();
        }
        newestFirst = IntStream.range(0, articles.size())
                .boxed()
                .sorted(Comparator.comparing(articles::get, newest))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] sizes = new int[categories.size()];
        for (int c : category) {
            sizes[c]++;
        }
        byCategory = new int[sizes.length][];
        for (int c = 0; c < sizes.length; c++) {
            byCategory[c] = new int[sizes[c]];
        }
        int[] filled = new int[sizes.length];
        for (int i : newestFirst) {
            byCategory[category[i]][filled[category[i]]++] = i;
        }
    }

    /**
     * The digest of everything the choice depends on: each article's path, category, keywords and date. The
     * same key, the same choice; a re-publish that changed none of these reuses the last one.
     */
    static String key(List<PublishedArticle> articles, String[] paths) {
        PageDigest digest = new PageDigest("related");
        for (int i = 0; i < paths.length; i++) {
            PublishedArticle a = articles.get(i);
            digest.text(paths[i])
                    .number(a.published().getEpochSecond())
                    .number(a.published().getNano())
                    .data(a.header().keywords());
        }
        return digest.value();
    }

    /** The related articles of every article, by position, chosen in parallel. */
    int[][] chooseAll() {
        return IntStream.range(0, category.length)
                .parallel()
                .mapToObj(this::choose)
                .toArray(int[][]::new);
    }

    int[] choose(int self) {
        int[] mine = keywords[self];
        int[] chosen = new int[COUNT];
        int[] scores = new int[COUNT];
        int count = 0;
        for (int other : byCategory[category[self]]) { // newest first: ties keep the newer
            if (other != self) {
                count = offer(chosen, scores, count, other, shared(mine, keywords[other]));
            }
        }
        if (count < COUNT && mine.length > 0) {
            int[] others = new int[COUNT];
            int[] otherScores = new int[COUNT];
            int found = 0;
            for (int other : newestFirst) {
                if (category[other] != category[self]) {
                    int score = shared(mine, keywords[other]);
                    if (score > 0) {
                        found = offer(others, otherScores, found, other, score);
                    }
                }
            }
            for (int i = 0; i < found && count < COUNT; i++) {
                chosen[count++] = others[i];
            }
        }
        return Arrays.copyOf(chosen, count);
    }

    /**
     * Puts {@code candidate} among the best five by score, of the {@code count} so far; an equal score does
     * not displace an earlier one. Returns the new count.
     */
    private static int offer(int[] podium, int[] scores, int count, int candidate, int score) {
        int place = count;
        while (place > 0 && scores[place - 1] < score) {
            place--;
        }
        if (place >= COUNT) {
            return count;
        }
        int moved = Math.min(count, COUNT - 1) - place;
        System.arraycopy(podium, place, podium, place + 1, moved);
        System.arraycopy(scores, place, scores, place + 1, moved);
        podium[place] = candidate;
        scores[place] = score;
        return Math.min(count + 1, COUNT);
    }

    /** How many numbers two sorted arrays have in common. */
    private static int shared(int[] mine, int[] theirs) {
        int count = 0;
        for (int i = 0, j = 0; i < mine.length && j < theirs.length; ) {
            if (mine[i] < theirs[j]) {
                i++;
            } else if (mine[i] > theirs[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }
}
