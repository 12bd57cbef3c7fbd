package dev.seogen.core.draft.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.core.InputException;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Generation;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.LanguageVersion;
import dev.seogen.core.article.Review;
import dev.seogen.core.article.ReviewStatus;
import dev.seogen.core.article.Slug;
import dev.seogen.core.article.Source;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.library.PassageExcerpt;
import dev.seogen.core.library.SourceEvidence;
import dev.seogen.core.source.CheckMethod;
import dev.seogen.core.source.CheckStatus;
import dev.seogen.core.source.SourceCheck;
import dev.seogen.core.topic.Topic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The mapping between a draft and its front matter, key by key, so that a hand-edited file gets a message
 * naming the key that is wrong rather than a parser's stack.
 */
final class FrontMatter {
    private static final Set<String> KNOWN = Set.of(
            "id",
            "question",
            "title",
            "slug",
            "category",
            "language",
            "key",
            "translated_from",
            "keywords",
            "description",
            "words",
            "status",
            "review_note",
            "reviewed_at",
            "reviewed_by",
            "sources",
            "generation");

    /** Digits a number may have before or after its point: more would only be a way to fill the disk. */
    private static final int MAX_DIGITS = 40;

    private static final BigDecimal MAX_COST = new BigDecimal(1_000_000);
    private static final long MAX_TOKENS = 1_000_000_000_000L;

    private final Path file;
    private final ObjectNode node;
    private final FieldLines lines;
    /** The sources' checks, by source id, gathered as the sources are read. */
    private final Map<Integer, SourceCheck> checks = new TreeMap<>();
    /** The sources' library evidence, by source id, gathered as the sources are read. */
    private final Map<Integer, SourceEvidence> evidence = new TreeMap<>();

    FrontMatter(Path file, ObjectNode node, FieldLines lines) {
        this.file = file;
        this.node = node;
        this.lines = lines;
    }

    static ObjectNode toNode(Draft draft) {
        Article article = draft.article();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", draft.id());
        node.put("question", article.question());
        node.put("title", article.title());
        node.put("slug", article.slug().value());
        node.put("category", article.category());
        node.put("language", article.language().value());
        LanguageVersion version = draft.version();
        if (version.hasKey()) {
            node.put("key", version.key());
        }
        if (version.translatedFrom() != null) {
            node.put("translated_from", version.translatedFrom().value());
        }
        ArrayNode keywords = node.putArray("keywords");
        article.keywords().forEach(keywords::add);
        node.put("description", article.metaDescription());
        node.put("words", draft.targetWords());
        Review review = draft.review();
        node.put("status", review.status().label());
        if (review.note() != null) {
            node.put("review_note", review.note());
        }
        if (review.changedAt() != null) {
            node.put("reviewed_at", review.changedAt().toString());
        }
        if (review.reviewedBy() != null) {
            node.put("reviewed_by", review.reviewedBy());
        }
        ArrayNode sources = node.putArray("sources");
        for (Source source : article.sources()) {
            ObjectNode entry = sourceNode(source);
            SourceEvidence evidence = draft.evidence().get(source.id());
            if (evidence != null) {
                entry.put("library", evidence.document());
                ArrayNode passages = entry.putArray("passages");
                for (PassageExcerpt passage : evidence.passages()) {
                    ObjectNode p = passages.addObject().put("position", passage.position());
                    if (!passage.heading().isEmpty()) {
                        p.put("heading", passage.heading());
                    }
                    p.put("text", passage.text());
                }
            }
            SourceCheck check = draft.checks().get(source.id());
            if (check != null) {
                entry.set("check", checkNode(check));
            }
            sources.add(entry);
        }
        Generation generation = draft.generation();
        if (generation != null) {
            ObjectNode g = node.putObject("generation");
            g.put("provider", generation.provider());
            g.put("model", generation.model());
            g.put("input_tokens", generation.usage().input());
            g.put("output_tokens", generation.usage().output());
            g.put("cost", generation.cost());
            g.put("started_at", generation.startedAt().toString());
            g.put("finished_at", generation.finishedAt().toString());
            g.put("content_hash", generation.contentHash());
        }
        draft.extraFrontMatter().forEach((key, value) -> node.set(key, DraftFormat.YAML.valueToTree(value)));
        return node;
    }

    static ObjectNode sourceNode(Source source) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", source.id());
        node.put("title", source.title());
        ArrayNode authors = node.putArray("authors");
        source.authors().forEach(authors::add);
        if (source.year() != null) {
            node.put("year", source.year());
        }
        putIfPresent(node, "publisher", source.publisher());
        putIfPresent(node, "url", source.url());
        putIfPresent(node, "doi", source.doi());
        return node;
    }

    /** A source's {@code check:}, in the order the README documents. */
    private static ObjectNode checkNode(SourceCheck check) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("status", check.status().key());
        node.put("checked_at", check.checkedAt().truncatedTo(ChronoUnit.SECONDS).toString()); // read by people
        if (check.how() != null) {
            node.put("how", check.how().key());
        }
        node.put("detail", check.detail());
        putIfPresent(node, "resolved_title", check.resolvedTitle());
        putIfPresent(node, "final_url", check.finalUrl());
        return node;
    }

    private SourceCheck check(JsonNode check, String field) {
        if (!check.isObject()) {
            throw corrupt(field, "must be a mapping written by seogen review verify (status, checked_at, how, detail)");
        }
        String statusText = textOr(check.get("status"), field + ".status");
        CheckStatus status = CheckStatus.fromKey(statusText)
                .orElseThrow(() -> corrupt(
                        field + ".status", "'" + statusText + "' is not one of ok, dead, missing, mismatch, unknown"));
        Instant checkedAt = instant(check, "checked_at", field + ".checked_at");
        if (checkedAt == null) {
            throw corrupt(field + ".checked_at", "is needed: when the source was checked");
        }
        String howText = textOrNull(check.get("how"), field + ".how");
        CheckMethod how = howText == null
                ? null
                : CheckMethod.fromKey(howText)
                        .orElseThrow(() -> corrupt(field + ".how", "'" + howText + "' is not one of doi, arxiv, url"));
        String detail = textOrNull(check.get("detail"), field + ".detail");
        return new SourceCheck(
                status,
                checkedAt,
                how,
                detail == null ? "" : detail,
                textOrNull(check.get("resolved_title"), field + ".resolved_title"),
                textOrNull(check.get("final_url"), field + ".final_url"));
    }

    /** The passages a source's sections were written from, as {@code seogen generate --library} wrote them. */
    private List<PassageExcerpt> passages(@Nullable JsonNode passages, String field) {
        if (passages == null || passages.isNull()) {
            return List.of();
        }
        if (!passages.isArray()) {
            throw corrupt(field, "must be a list of passages, each with position, heading and text");
        }
        List<PassageExcerpt> result = new ArrayList<>();
        int index = 0;
        for (JsonNode passage : passages) {
            index++;
            String at = field + "[" + index + "]";
            if (!passage.isObject()) {
                throw corrupt(at, "must be a mapping with position, heading and text");
            }
            int position = intOr(passage, "position", at + ".position", -1);
            if (position < 0) {
                throw corrupt(at + ".position", "must be 0 or more: where the passage is in its document");
            }
            result.add(new PassageExcerpt(
                    position,
                    textOr(passage.get("heading"), at + ".heading"),
                    textOr(passage.get("text"), at + ".text")));
        }
        return result;
    }

    boolean categoryGiven() {
        JsonNode category = node.get("category");
        return category != null
                && category.isValueNode()
                && !category.isNull()
                && !category.asText().isBlank();
    }

    Draft toDraft(MarkdownBody.Parts body) {
        try {
            return readDraft(body);
        } catch (IllegalArgumentException e) {
            // A record refused a value (a blank id, a heading with a line break): the file is what is wrong.
            throw corrupt("", e.getMessage());
        }
    }

    private Draft readDraft(MarkdownBody.Parts body) {
        checkNumbers(node, "");
        String title = requiredText("title");
        String question = optionalText("question");
        Slug slug = slug();
        String category = optionalText("category");
        Slug folder = folder();
        if (category == null || category.isBlank()) {
            category = folder.value();
        } else if (!Slug.of(category).equals(folder)) {
            throw corrupt(
                    "category",
                    "'" + category + "' belongs in the folder '" + Slug.of(category) + "', but the draft is in '"
                            + folder + "'; move the file or fix the category");
        }
        Article article = new Article(
                question == null ? title : question,
                title,
                slug,
                category,
                language(),
                stringList(node.get("keywords"), "keywords"),
                textOr("description", ""),
                body.intro(),
                body.sections(),
                body.summary(),
                sources());
        JsonNode autoLinks = node.get(Draft.AUTO_LINKS);
        if (autoLinks != null && !autoLinks.isBoolean()) {
            throw corrupt(
                    Draft.AUTO_LINKS,
                    "must be true or false (false: publish links nothing in this draft's text to other articles)");
        }
        String id = optionalText("id");
        Draft draft = new Draft(
                id == null ? Draft.idOf(folder, slug) : id,
                article,
                words(),
                review(),
                generation(),
                DraftFormat.plain(extras()),
                checks,
                evidence,
                version());
        return draft;
    }

    private LanguageVersion version() {
        String key = optionalText("key");
        String from = optionalText("translated_from");
        LanguageTag translatedFrom;
        try {
            translatedFrom = from == null || from.isBlank() ? null : new LanguageTag(from);
        } catch (IllegalArgumentException e) {
            throw corrupt("translated_from", e.getMessage());
        }
        String shown = key == null ? "" : key.strip().replaceAll("\\s+", " ");
        if (translatedFrom != null && shown.isEmpty()) {
            throw corrupt(
                    "translated_from", "needs the key: of the article it translates; add it or remove translated_from");
        }
        return new LanguageVersion(shown, translatedFrom);
    }

    private Slug slug() {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (!Slug.isValid(stem)) {
            throw corrupt(
                    "",
                    "the file name must be a slug (lower-case letters, digits and"
                            + " hyphens) followed by .md; rename it to " + Slug.of(stem) + ".md");
        }
        String declared = optionalText("slug");
        if (declared != null && !declared.equals(stem)) {
            throw corrupt(
                    "slug",
                    "'" + declared + "' does not match the file name " + name + "; rename the file or fix the slug");
        }
        return new Slug(stem);
    }

    private Slug folder() {
        Path parent = file.toAbsolutePath().getParent();
        String name = parent == null || parent.getFileName() == null
                ? ""
                : parent.getFileName().toString();
        if (!Slug.isValid(name)) {
            throw corrupt(
                    "",
                    "a draft lives in a category folder named by a slug,"
                            + " like drafts/dns/what-is-a-cname-record.md");
        }
        return new Slug(name);
    }

    private LanguageTag language() {
        String value = optionalText("language");
        if (value == null) {
            return LanguageTag.ENGLISH;
        }
        try {
            return new LanguageTag(value);
        } catch (IllegalArgumentException e) {
            throw corrupt("language", e.getMessage());
        }
    }

    private Review review() {
        String status = optionalText("status");
        ReviewStatus parsed;
        try {
            parsed = status == null ? ReviewStatus.DRAFT : ReviewStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw corrupt("status", e.getMessage());
        }
        String reviewer = optionalText("reviewed_by");
        return new Review(
                parsed,
                optionalText("review_note"),
                instant(node, "reviewed_at", "reviewed_at"),
                reviewer == null || reviewer.isBlank() ? null : reviewer.strip().replaceAll("\\s+", " "));
    }

    private List<Source> sources() {
        JsonNode sources = node.get("sources");
        if (sources == null || sources.isNull()) {
            return List.of();
        }
        if (!sources.isArray()) {
            throw corrupt("sources", "must be a list of sources, each with an id and a title");
        }
        List<Source> result = new ArrayList<>();
        int index = 0;
        for (JsonNode source : sources) {
            index++;
            String field = "sources[" + index + "]";
            if (!source.isObject()) {
                throw corrupt(field, "must be a mapping with id, title, authors, year, url…");
            }
            int id = intOr(source, "id", field + ".id", -1);
            if (id < 1) {
                throw corrupt(field + ".id", "must be a positive number, the n in a [n] citation");
            }
            JsonNode check = source.get("check");
            if (check != null && !check.isNull()) {
                checks.put(id, check(check, field + ".check"));
            }
            String library = textOrNull(source.get("library"), field + ".library");
            if (library != null && !library.isBlank()) {
                evidence.put(id, new SourceEvidence(library, passages(source.get("passages"), field + ".passages")));
            }
            result.add(new Source(
                    id,
                    textOr(source.get("title"), field + ".title"),
                    stringList(source.get("authors"), field + ".authors"),
                    source.hasNonNull("year") ? intOr(source, "year", field + ".year", 0) : null,
                    textOrNull(source.get("publisher"), field + ".publisher"),
                    textOrNull(source.get("url"), field + ".url"),
                    textOrNull(source.get("doi"), field + ".doi")));
        }
        return result;
    }

    private @Nullable Generation generation() {
        JsonNode g = node.get("generation");
        if (g == null || g.isNull()) {
            return null;
        }
        if (!g.isObject()) {
            throw corrupt("generation", "must be a mapping written by seogen generate");
        }
        Instant started = instant(g, "started_at", "generation.started_at");
        Instant finished = instant(g, "finished_at", "generation.finished_at");
        if (started == null || finished == null) {
            throw corrupt("generation", "needs started_at and finished_at");
        }
        try {
            return new Generation(
                    g.path("provider").asText(""),
                    g.path("model").asText(""),
                    new TokenUsage(
                            tokens(g, "input_tokens", "generation.input_tokens"),
                            tokens(g, "output_tokens", "generation.output_tokens")),
                    cost(g),
                    started,
                    finished,
                    g.path("content_hash").asText(""));
        } catch (IllegalArgumentException e) {
            throw corrupt("generation", e.getMessage());
        }
    }

    private ObjectNode extras() {
        ObjectNode extras = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(e -> {
            if (!KNOWN.contains(e.getKey())) {
                extras.set(e.getKey(), e.getValue());
            }
        });
        return extras;
    }

    private String requiredText(String key) {
        String value = optionalText(key);
        if (value == null || value.isBlank()) {
            throw corrupt(key, "missing; every draft needs a " + key);
        }
        return value;
    }

    private @Nullable String optionalText(String key) {
        return textOrNull(node.get(key), key);
    }

    private String textOr(String key, String fallback) {
        String value = optionalText(key);
        return value == null ? fallback : value;
    }

    private String textOr(@Nullable JsonNode value, String field) {
        String text = textOrNull(value, field);
        return text == null ? "" : text;
    }

    private @Nullable String textOrNull(@Nullable JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw corrupt(field, "must be a single value, not a list or a mapping");
        }
        return value.asText();
    }

    private int words() {
        int words = intOr(node, "words", "words", Topic.DEFAULT_WORDS);
        if (words < Topic.MIN_WORDS || words > Topic.MAX_WORDS) {
            throw corrupt(
                    "words",
                    "the target length must be from " + Topic.MIN_WORDS + " to " + Topic.MAX_WORDS + " words, got "
                            + words);
        }
        return words;
    }

    private List<String> stringList(@Nullable JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return Arrays.stream(value.asText().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        if (!value.isArray()) {
            throw corrupt(field, "must be a list");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    private int intOr(JsonNode parent, String key, String field, int fallback) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            return number(value, field, "a whole number").intValueExact();
        } catch (ArithmeticException e) {
            throw corrupt(field, "must be a whole number, got '" + shown(value) + "'");
        }
    }

    private long tokens(JsonNode generation, String key, String field) {
        JsonNode value = generation.get(key);
        if (value == null || value.isNull()) {
            return 0;
        }
        BigDecimal tokens = number(value, field, "a whole number of tokens");
        if (tokens.signum() < 0 || tokens.compareTo(BigDecimal.valueOf(MAX_TOKENS)) > 0) {
            throw corrupt(field, "must be a number of tokens from 0 to " + MAX_TOKENS + ", got '" + shown(value) + "'");
        }
        try {
            return tokens.longValueExact();
        } catch (ArithmeticException e) {
            throw corrupt(field, "must be a whole number of tokens, got '" + shown(value) + "'");
        }
    }

    private BigDecimal cost(JsonNode generation) {
        JsonNode value = generation.get("cost");
        if (value == null || value.isNull()) {
            return BigDecimal.ZERO;
        }
        BigDecimal cost = number(value, "generation.cost", "a number");
        if (cost.signum() < 0 || cost.compareTo(MAX_COST) > 0) {
            throw corrupt("generation.cost", "must be a cost from 0 to " + MAX_COST + ", got '" + shown(value) + "'");
        }
        return cost;
    }

    /**
     * The number {@code value} holds, written as a number or as text, if it has at most {@link #MAX_DIGITS}
     * digits each side of its point: {@code 1e999999999} would otherwise be written back as a billion digits.
     */
    private BigDecimal number(JsonNode value, String field, String expected) {
        String text = value.isBigDecimal()
                ? value.decimalValue().toString()
                : value.asText().strip();
        BigDecimal number;
        try {
            number = text.length() > 2 * MAX_DIGITS + 8 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            throw corrupt(field, "must be " + expected + ", got '" + shown(value) + "'");
        }
        if (!fits(number)) {
            throw corrupt(field, tooManyDigits(value));
        }
        return number;
    }

    /** Refuses a number anywhere in the front matter, kept keys included, that could not be written back plainly. */
    private void checkNumbers(JsonNode value, String field) {
        if (value.isNumber()) {
            boolean fits = value.isBigDecimal()
                    ? fits(value.decimalValue())
                    : !value.isBigInteger() || value.bigIntegerValue().abs().bitLength() <= 3.33 * MAX_DIGITS;
            if (!fits || (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()))) {
                throw corrupt(field, tooManyDigits(value));
            }
        } else if (value.isObject()) {
            value.fields()
                    .forEachRemaining(
                            e -> checkNumbers(e.getValue(), field.isEmpty() ? e.getKey() : field + "." + e.getKey()));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkNumbers(value.get(i), field + "[" + (i + 1) + "]");
            }
        }
    }

    private static boolean fits(BigDecimal number) {
        return number.precision() - number.scale() <= MAX_DIGITS && number.scale() <= MAX_DIGITS;
    }

    private static String tooManyDigits(JsonNode value) {
        return "'" + shown(value) + "' is out of range: a number here has at most " + MAX_DIGITS
                + " digits before and after its point; write it out, or quote it if it is text";
    }

    private static String shown(JsonNode value) {
        String text = value.isBigDecimal() ? value.decimalValue().toString() : value.asText();
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private InputException corrupt(String field, String message) {
        return DraftFormat.corrupt(file, lines.line(field), field, message);
    }

    private @Nullable Instant instant(JsonNode parent, String key, String field) {
        String value = textOrNull(parent.get(key), field);
        if (value == null) {
            return null;
        }
        Instant instant = YamlTimestamp.parse(value);
        if (instant == null) {
            throw corrupt(field, "'" + value + "' is not a time like 2026-11-26T09:30:00Z");
        }
        return instant;
    }

    private static void putIfPresent(ObjectNode node, String key, @Nullable String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
