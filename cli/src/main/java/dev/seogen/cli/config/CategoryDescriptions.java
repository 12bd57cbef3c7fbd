package dev.seogen.cli.config;

import dev.seogen.core.article.Slug;
import dev.seogen.core.input.SafeText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The categories' introductions in {@code seogen.yaml}, {@code site: categories: dns: description: "…"}: one
 * line of text each, keyed by the category's slug (its folder name in the drafts and the site).
 */
public final class CategoryDescriptions {
    /** Longer would not be an introduction; search engines show about 160 characters of a description. */
    static final int MAX_LENGTH = 400;

    private static final String PREFIX = "site.categories.";
    private static final Pattern KEY = Pattern.compile("site\\.categories\\.([^.]+)\\.description");

    private CategoryDescriptions() {}

    static boolean isKey(String key) {
        return KEY.matcher(key).matches();
    }

    /**
     * The descriptions by category slug; each bad one (a slug that is not one, an empty or overlong text) is
     * added to {@code errors}, naming its line.
     */
    static Map<String, String> read(ConfigFile config, List<String> errors) {
        Map<String, String> descriptions = new TreeMap<>();
        String file = config.path().map(Path::getFileName).map(Path::toString).orElse("seogen.yaml");
        config.under(PREFIX).forEach((key, entry) -> {
            Matcher match = KEY.matcher(key);
            if (!match.matches()) {
                return; // refused when the file was read
            }
            String slug = match.group(1);
            String text = SafeText.line(entry.value());
            String origin = key + " from " + file + ":" + entry.line() + ": ";
            if (!Slug.isValid(slug)) {
                errors.add(origin + "'" + slug + "' is not a category's slug; use its folder name in the drafts"
                        + " and the site (lower-case letters, digits and hyphens, such as dns or e-mail)");
            } else if (text.isEmpty()) {
                errors.add(origin + "is empty; write the category's introduction, or remove the key");
            } else if (text.length() > MAX_LENGTH) {
                errors.add(origin + "has " + text.length() + " characters; an introduction has at most " + MAX_LENGTH);
            } else {
                descriptions.put(slug, text);
            }
        });
        return descriptions;
    }
}
