package dev.seogen.core.draft.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.seogen.core.InputException;
import dev.seogen.core.Problem;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The draft file: {@code ---}, YAML front matter, {@code ---}, a blank line, the Markdown body. Writing is
 * canonical (fixed key order, fixed quoting), so reading a file seogen wrote and writing it again changes no
 * byte, and a diff shows only what changed.
 */
public final class DraftFormat {
    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final String FENCE = "---";

    private DraftFormat() {}

    public static String format(Draft draft) {
        ObjectNode frontMatter = FrontMatter.toNode(draft);
        String body = body(draft.article());
        try {
            String yaml = YAML.writeValueAsString(frontMatter);
            return FENCE + "\n" + yaml + FENCE + "\n" + (body.isEmpty() ? "" : "\n" + body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter of draft " + draft.id() + " cannot be written as YAML", e);
        }
    }

    /** Reads a draft; {@code file} names it in errors and gives its slug and category folder. */
    public static Draft parse(Path file, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.startsWith(FENCE + "\n")) {
            throw corrupt(file, 1, "", "a draft starts with a '---' line, then YAML front matter, then '---'");
        }
        int end = closingFence(text);
        if (end < 0) {
            throw corrupt(file, 1, "", "the front matter is never closed; add a '---' line after it");
        }
        String yaml = text.substring(FENCE.length() + 1, end);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw corrupt(
                    file,
                    line,
                    "",
                    "the front matter is not valid YAML: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (!(node instanceof ObjectNode object)) {
            throw corrupt(file, 2, "", "the front matter must be a mapping of key: value lines");
        }
        return new FrontMatter(file, object).toDraft(MarkdownBody.parse(body));
    }

    /** See {@link Draft#contentHash()}. */
    public static String contentHash(Article article) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("title", article.title());
        content.put("description", article.metaDescription());
        ArrayNode keywords = content.putArray("keywords");
        article.keywords().forEach(keywords::add);
        ArrayNode sources = content.putArray("sources");
        for (Source source : article.sources()) {
            sources.add(FrontMatter.sourceNode(source));
        }
        content.put("body", body(article));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(content));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the content of " + article.slug(), e);
        }
    }

    static String body(Article article) {
        return MarkdownBody.render(article.intro(), article.sections(), article.summary());
    }

    static InputException corrupt(Path file, int line, String field, String message) {
        return new InputException(new Problem(file, line, field, message));
    }

    private static int closingFence(String text) {
        int from = FENCE.length();
        while (true) {
            int at = text.indexOf("\n" + FENCE, from);
            if (at < 0) {
                return -1;
            }
            int after = at + 1 + FENCE.length();
            if (after == text.length() || text.charAt(after) == '\n') {
                return at + 1;
            }
            from = after;
        }
    }

    static Map<String, Object> plain(ObjectNode extras) {
        Map<String, Object> values = new LinkedHashMap<>();
        extras.fields().forEachRemaining(e -> values.put(e.getKey(), YAML.convertValue(e.getValue(), Object.class)));
        return values;
    }
}
