package dev.seogen.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** How numbers read in seogen's output: 1.2M tokens, 0.0452, 3 min 20 s. */
final class Format {
    private Format() {}

    /** "1 draft", "3 drafts". */
    static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** "a, b and c", or the first five and "and 12 more": a list that fits on a line or two. */
    static String some(List<String> items) {
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? "" : items.get(0);
        }
        if (n <= 6) {
            return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
        }
        return String.join(", ", items.subList(0, 5)) + " and " + (n - 5) + " more";
    }

    static String tokens(long count) {
        if (count < 10_000) {
            return String.format(Locale.ROOT, "%,d", count);
        }
        if (count < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", count / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.2fM", count / 1_000_000.0);
    }

    /** Four significant decimals below 1, two above: API costs are often fractions of a cent. */
    static String money(BigDecimal amount) {
        int scale = amount.compareTo(BigDecimal.ONE) < 0 ? 4 : 2;
        return amount.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return duration.toMillis() < 10_000
                    ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
                    : seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    /** At most {@code width} characters, cut between code points so that an emoji is never split. */
    static String clip(String text, int width) {
        if (text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
    }
}
