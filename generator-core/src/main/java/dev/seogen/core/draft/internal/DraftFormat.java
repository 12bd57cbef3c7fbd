package dev.seogen.core.draft.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import dev.seogen.core.SeogenException;
import dev.seogen.core.Sha256;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.Source;
import dev.seogen.core.draft.Draft;
import dev.seogen.core.input.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The draft file: {@code ---}, YAML front matter, {@code ---}, a blank line, the Markdown body. Writing is
 * canonical (fixed key order, fixed quoting), so reading a file seogen wrote and writing it again changes no
 * byte, and a diff shows only what changed.
 */
public final class DraftFormat {
    static final YAMLMapper YAML = YAMLMapper.builder(Yaml.factory().copy())
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
    private static final Pattern FENCE_LINE = Pattern.compile("---[ \\t]*");

    private DraftFormat() {}

    public static String format(Draft draft) {
        ObjectNode frontMatter = FrontMatter.toNode(draft);
        String body = body(draft.article());
        checkBodyReadsBack(draft, body);
        try {
            String yaml = YAML.writeValueAsString(frontMatter);
            return FENCE + "\n" + yaml + FENCE + "\n" + (body.isEmpty() ? "" : "\n" + body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter of draft " + draft.id() + " cannot be written as YAML", e);
        }
    }

    /** Reads a draft; {@code file} names it in errors and gives its slug and category folder. */
    public static Draft parse(Path file, String content) {
        return read(file, content).draft();
    }

    /**
     * A draft as read, and whether its front matter names its category: a draft that does not is given its
     * folder's name, which a draft that does name it may spell better ({@code dns} → {@code DNS}).
     */
    public record Read(Draft draft, boolean categoryGiven) {}

    /** Reads a draft as {@link #parse} does, telling whether it names its category. */
    public static Read read(Path file, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0
                || !FENCE_LINE.matcher(text.substring(0, firstLineEnd)).matches()) {
            throw corrupt(file, 1, "", "a draft starts with a '---' line, then YAML front matter, then '---'");
        }
        int end = closingFence(text, firstLineEnd + 1);
        if (end < 0) {
            throw corrupt(file, 1, "", "the front matter is never closed; add a '---' line after it");
        }
        String yaml = text.substring(firstLineEnd + 1, end);
        int bodyStart = text.indexOf('\n', end);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        FieldLines lines = new FieldLines(file, 2);
        FrontMatter frontMatter = new FrontMatter(file, frontMatter(file, yaml, lines), lines);
        return new Read(frontMatter.toDraft(MarkdownBody.parse(body)), frontMatter.categoryGiven());
    }

    private static ObjectNode frontMatter(Path file, String yaml, FieldLines lines) {
        JsonNode node;
        try (JsonParser parser = lines.recording(Yaml.refusingAliases(Yaml.parser(yaml)))) {
            node = YAML.readTree(parser);
        } catch (Yaml.TooLong e) {
            throw corrupt(file, Math.max(e.getLocation().getLineNr(), 1) + 1, "", e.getOriginalMessage());
        } catch (Yaml.AliasFound e) {
            throw corrupt(file, Math.max(e.getLocation().getLineNr(), 1) + 1, "", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw corrupt(
                    file, Yaml.syntaxLine(e) + 1, "", "the front matter is not valid YAML: " + Yaml.syntaxMessage(e));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw corrupt(file, 2, "", "the front matter must be a mapping of key: value lines");
        }
        return object;
    }

    /** See {@link Draft#contentHash()}. */
    public static String contentHash(Article article) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("question", article.question());
        content.put("language", article.language().value());
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
            return "sha256:" + HexFormat.of().formatHex(Sha256.of(JSON.writeValueAsBytes(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the content of " + article.slug(), e);
        }
    }

    static String body(Article article) {
        return MarkdownBody.render(article.intro(), article.sections(), article.summary());
    }

    static InputException corrupt(Path file, int line, String field, String message) {
        return new InputException(new Problem(file, line, field, message));
    }

    /** The start of the line that closes the front matter: {@code ---} (or YAML's {@code ...}), maybe spaces. */
    private static int closingFence(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            char first = text.charAt(lineStart);
            if (first == '-' || first == '.') { // only such a line can close the front matter
                String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
                if (FENCE_LINE.matcher(line).matches() || line.stripTrailing().equals("...")) {
                    return lineStart;
                }
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /**
     * Text that Markdown cannot hold as given (a "## " line inside a section, an unclosed code fence) would
     * read back as a different article; refuse it rather than store a draft that changes when it is read.
     */
    private static void checkBodyReadsBack(Draft draft, String body) {
        Article article = draft.article();
        MarkdownBody.Parts read = MarkdownBody.parse(body);
        MarkdownBody.Parts written = MarkdownBody.Parts.of(article);
        if (!read.equals(written)) {
            throw new SeogenException("draft " + draft.id() + " (" + article.slug() + ") has text that would read"
                    + " back differently: a '## ' or '### ' line inside a section, a heading with a line break,"
                    + " deeper sub-sections, or an unclosed ``` fence");
        }
    }

    static Map<String, Object> plain(ObjectNode extras) {
        Map<String, Object> values = new LinkedHashMap<>();
        extras.fields().forEachRemaining(e -> values.put(e.getKey(), YAML.convertValue(e.getValue(), Object.class)));
        return values;
    }
}
