package dev.seogen.core.topic.internal;

import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Slug;
import dev.seogen.core.topic.Topic;
import dev.seogen.core.topic.TopicList;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows a parser reads into topics, whatever the file format: applies the file's defaults,
 * validates each field, and keeps every problem so that the user sees them all at once.
 */
public final class TopicCollector {
    /** The fields a topic may have, in the order the documentation gives them. */
    public static final List<String> FIELDS = List.of(
            "category", "question", "keywords", "language", "languages", "key", "translate_from", "audience", "words");

    private static final Set<String> NO_DEFAULT = Set.of("question", "key");
    private static final int MAX_KEY = 200;
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[;,]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s?!.…]+$");
    private static final int MAX_TEXT = 1_000;
    private static final int MAX_KEYWORDS = 50;

    private final Path file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final Map<String, Integer> questionLines = new HashMap<>(); // category folder + "/" + question
    private final Map<Slug, FirstCategory> categoryFolders = new HashMap<>();
    private final Map<String, Slug> categorySlugs = new HashMap<>();
    private final Map<String, LanguageTag> languages = new HashMap<>();
    private final Map<String, Integer> versionLines = new HashMap<>(); // key + "\n" + language
    private Map<String, RawValue> defaults = Map.of();

    public TopicCollector(Path file) {
        this.file = file;
    }

    public void error(int line, String field, String message) {
        errors.add(new Problem(file, line, field, message));
    }

    /** Something the user should know of the file that does not stop it being read. */
    public void warning(int line, String field, String message) {
        warnings.add(new Problem(file, line, field, message));
    }

    /** Values that apply to every topic that does not set its own; must come before the topics. */
    public void defaults(Map<String, RawValue> values) {
        Map<String, RawValue> valid = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (NO_DEFAULT.contains(field)) {
                error(value.line(), field, "cannot have a default: every topic asks its own question");
            } else if (checkKnown(field, value.line())) {
                valid.put(field, value);
            }
        });
        int before = errors.size();
        if (valid.containsKey("language") && valid.containsKey("languages")) {
            error(valid.get("languages").line(), "languages", "give language or languages in the defaults, not both");
        }
        language(valid, "language");
        versions(valid);
        language(valid, "translate_from");
        words(valid);
        keywords(valid);
        text(valid, "audience");
        text(valid, "category");
        List<Problem> found = List.copyOf(errors.subList(before, errors.size()));
        valid.keySet().removeIf(field -> found.stream().anyMatch(p -> p.field().equals(field)));
        defaults = Map.copyOf(valid);
    }

    /**
     * Adds the topic a row describes, one version for each of its languages, or records what is wrong with
     * it. A row's own {@code language} overrides the defaults' {@code languages}, and its own {@code
     * languages} the defaults' {@code language}.
     */
    public void add(int line, Map<String, RawValue> row) {
        row.keySet().removeIf(field -> !checkKnown(field, row.get(field).line()));
        if (row.values().stream().anyMatch(RawValue::reported)) {
            return; // the parser has said what is wrong with this topic
        }
        Map<String, RawValue> merged = new HashMap<>(defaults);
        if (row.containsKey("language") && row.containsKey("languages")) {
            error(row.get("languages").line(), "languages", "give language or languages, not both");
            return;
        }
        if (row.containsKey("language")) {
            merged.remove("languages");
        } else if (row.containsKey("languages")) {
            merged.remove("language");
        }
        merged.putAll(row);
        int before = errors.size();
        String category = required(merged, "category", line);
        String question = required(merged, "question", line);
        List<String> keywords = keywords(merged);
        List<LanguageTag> versions = merged.containsKey("languages") ? versions(merged) : List.of(language(merged));
        String key = key(merged);
        LanguageTag translateFrom = merged.containsKey("translate_from") ? language(merged, "translate_from") : null;
        String audience = text(merged, "audience");
        int words = words(merged);
        if (translateFrom != null && key.isEmpty() && versions.size() == 1) {
            error(
                    merged.get("translate_from").line(),
                    "translate_from",
                    "needs a key: give the topic the key of the article whose " + translateFrom
                            + " version it translates, or list both languages in languages:");
        }
        if (errors.size() > before) {
            return;
        }
        if (!hasOwnFolder(category, merged.get("category").line())) {
            return;
        }
        if (key.isEmpty() && versions.size() > 1) {
            key = categorySlugs.get(category) + "/" + Slug.of(question); // implied: the topic's own identity
        }
        for (LanguageTag language : versions) {
            if (!isNewQuestion(category, language, question, line) || !isNewVersion(key, language, line)) {
                continue;
            }
            topics.add(new Topic(
                    category,
                    question,
                    keywords,
                    language,
                    audience.isEmpty() ? Topic.DEFAULT_AUDIENCE : audience,
                    words,
                    "",
                    key,
                    language.equals(translateFrom) ? null : translateFrom));
        }
    }

    /** The topics read, or an {@link InputException} with every error found. */
    public TopicList finish() {
        if (!errors.isEmpty()) {
            String summary = file + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + "; nothing was generated. Fix the file and run again:";
            throw new InputException(summary, errors);
        }
        if (topics.isEmpty()) {
            throw new InputException(
                    Problem.ofFile(file, "the file lists no topics; add at least one with a category and a question"));
        }
        return new TopicList(file, topics, warnings);
    }

    private boolean checkKnown(String field, int line) {
        if (FIELDS.contains(field)) {
            return true;
        }
        error(line, shorten(field), "unknown field; a topic has " + String.join(", ", FIELDS));
        return false;
    }

    private String required(Map<String, RawValue> row, String field, int rowLine) {
        RawValue value = row.get(field);
        if (value == null) {
            error(rowLine, field, "missing; every topic needs a " + field);
            return "";
        }
        int before = errors.size();
        String text = scalar(value, field);
        if (text.isBlank() && errors.size() == before && !value.reported()) {
            error(value.line(), field, "is blank; every topic needs a " + field);
        }
        return text.strip();
    }

    private String text(Map<String, RawValue> row, String field) {
        RawValue value = row.get(field);
        return value == null ? "" : scalar(value, field).strip();
    }

    private String scalar(RawValue value, String field) {
        if (value.reported()) {
            return "";
        }
        if (value.isList()) {
            error(value.line(), field, "must be a single value, not a list");
            return "";
        }
        return checked(value.text(), value.line(), field);
    }

    /** Text that is printed and sent to a model: one line, no control characters, a sane length. */
    private String checked(String text, int line, String field) {
        if (text.length() > MAX_TEXT) {
            error(line, field, "is " + text.length() + " characters long; keep it under " + MAX_TEXT);
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                error(
                        line,
                        field,
                        String.format(
                                "contains a control character (U+%04X) at position %d; use one line of plain text",
                                (int) c, i + 1));
                return "";
            }
        }
        return text;
    }

    private List<String> keywords(Map<String, RawValue> row) {
        RawValue value = row.get("keywords");
        if (value == null) {
            return List.of();
        }
        List<String> items = value.isList() ? value.items() : Arrays.asList(KEYWORD_SEPARATORS.split(value.text()));
        if (items.size() > MAX_KEYWORDS) {
            error(value.line(), "keywords", "has " + items.size() + " keywords; give at most " + MAX_KEYWORDS);
            return List.of();
        }
        return items.stream()
                .map(k -> checked(k, value.line(), "keywords").strip())
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
    }

    private LanguageTag language(Map<String, RawValue> row) {
        return language(row, "language");
    }

    private LanguageTag language(Map<String, RawValue> row, String field) {
        RawValue value = row.get(field);
        if (value == null) {
            return LanguageTag.ENGLISH;
        }
        return tag(scalar(value, field), value.line(), field);
    }

    private LanguageTag tag(String text, int line, String field) {
        LanguageTag known = languages.get(text);
        if (known != null) {
            return known;
        }
        try {
            LanguageTag tag = new LanguageTag(text);
            languages.put(text, tag);
            return tag;
        } catch (IllegalArgumentException e) {
            error(line, field, e.getMessage());
            return LanguageTag.ENGLISH;
        }
    }

    /** The languages a topic is asked in: {@code [en, fr, de]}, or {@code en;fr;de} in one CSV cell. */
    private List<LanguageTag> versions(Map<String, RawValue> row) {
        RawValue value = row.get("languages");
        if (value == null) {
            return List.of();
        }
        List<String> items = value.isList() ? value.items() : Arrays.asList(LANGUAGE_SEPARATORS.split(value.text()));
        List<LanguageTag> tags = items.stream()
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .map(item -> tag(checked(item, value.line(), "languages"), value.line(), "languages"))
                .distinct()
                .toList();
        if (tags.isEmpty()) {
            error(value.line(), "languages", "is empty; list the languages to write the topic in, e.g. [en, fr]");
        }
        return tags;
    }

    private String key(Map<String, RawValue> row) {
        String key = text(row, "key");
        if (key.length() > MAX_KEY) {
            error(row.get("key").line(), "key", "is " + key.length() + " characters long; keep it under " + MAX_KEY);
            return "";
        }
        return SPACES.matcher(key).replaceAll(" ");
    }

    /** Two versions of one key in one language: the second is an error that names the first's line. */
    private boolean isNewVersion(String key, LanguageTag language, int line) {
        if (key.isEmpty()) {
            return true;
        }
        Integer first = versionLines.putIfAbsent(key + "\n" + language, line);
        if (first != null) {
            error(
                    line,
                    "key",
                    "'" + shorten(key) + "' has a version in " + language + " already, on line " + first
                            + "; give this one another language or another key");
            return false;
        }
        return true;
    }

    private int words(Map<String, RawValue> row) {
        RawValue value = row.get("words");
        if (value == null) {
            return Topic.DEFAULT_WORDS;
        }
        String text = scalar(value, "words").strip();
        String expected = "must be a whole number of words from " + Topic.MIN_WORDS + " to " + Topic.MAX_WORDS;
        try {
            int words = Integer.parseInt(text);
            if (words >= Topic.MIN_WORDS && words <= Topic.MAX_WORDS) {
                return words;
            }
            error(value.line(), "words", expected + ", got " + words);
        } catch (NumberFormatException e) {
            error(value.line(), "words", expected + ", got '" + shorten(text) + "'");
        }
        return Topic.DEFAULT_WORDS;
    }

    /** The same question twice in one category and language, ignoring case, spacing and the closing question mark. */
    private boolean isNewQuestion(String category, LanguageTag language, String question, int line) {
        String normalized = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        normalized = TRAILING_PUNCTUATION
                .matcher(SPACES.matcher(normalized).replaceAll(" "))
                .replaceAll("");
        Integer first =
                questionLines.putIfAbsent(categorySlugs.get(category) + "/" + language + "/" + normalized, line);
        if (first != null) {
            warnings.add(new Problem(
                    file, line, "question", "repeats the question of line " + first + "; it is generated once"));
            return false;
        }
        return true;
    }

    private boolean hasOwnFolder(String category, int line) {
        Slug folder = categorySlugs.computeIfAbsent(category, Slug::of);
        FirstCategory first = categoryFolders.putIfAbsent(folder, new FirstCategory(category, line));
        if (first != null && !first.name().equals(category)) {
            error(
                    line,
                    "category",
                    "'" + category + "' and '" + first.name() + "' (line " + first.line() + ") would share the folder '"
                            + folder + "'; spell the category the same way");
            return false;
        }
        return true;
    }

    private record FirstCategory(String name, int line) {}

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
