package dev.seogen.core.topic.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.seogen.core.input.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a YAML topic list as a stream of tokens, so that every value keeps its line and a list of 100,000
 * topics never sits in memory as a tree:
 *
 * <pre>
 * defaults:
 *   language: en
 * topics:
 *   - category: DNS
 *     question: What is a CNAME record?
 *     keywords: [dns, cname]
 * </pre>
 */
public final class YamlTopicParser {
    private static final Pattern COMMENT_AFTER = Pattern.compile("[ \\t]+#.*");

    private final Path file;
    private final TopicCollector collector;
    /** Where each line of the file starts, when it has a ' #' that may have cut a question short. */
    private int @Nullable [] lineStarts;

    private String text = "";

    public YamlTopicParser(Path file, TopicCollector collector) {
        this.file = file;
        this.collector = collector;
    }

    public void parse(String text) {
        this.text = text;
        this.lineStarts = text.contains(" #") || text.contains("\t#") ? lineStarts(text) : null;
        try (JsonParser parser = Yaml.parser(text)) {
            parseDocument(parser);
            if (parser.nextToken() != null) {
                collector.error(
                        line(parser),
                        "",
                        "a topic list is one YAML document; remove the second '---'"
                                + " and what follows, or merge it into the first");
            }
        } catch (JsonProcessingException e) {
            collector.error(Yaml.syntaxLine(e), "", "not valid YAML: " + Yaml.syntaxMessage(e));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail: " + file, e);
        }
    }

    private void parseDocument(JsonParser parser) throws IOException {
        JsonToken root = parser.nextToken();
        if (root != JsonToken.START_OBJECT) {
            collector.error(
                    line(parser),
                    "",
                    "a topic list is a mapping with 'topics:' (and optionally 'defaults:');" + " found "
                            + describe(root) + " at the top");
            return;
        }
        boolean sawTopics = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName().toLowerCase(Locale.ROOT);
            int keyLine = line(parser);
            JsonToken value = parser.nextToken();
            switch (key) {
                case "defaults" -> {
                    if (sawTopics) {
                        collector.error(keyLine, "defaults", "must come before 'topics:' so that it applies to them");
                        parser.skipChildren();
                    } else if (value == JsonToken.START_OBJECT) {
                        collector.defaults(readRow(parser));
                    } else if (value != JsonToken.VALUE_NULL) {
                        collector.error(
                                keyLine, "defaults", "must be a mapping of field: value, found " + describe(value));
                        parser.skipChildren();
                    }
                }
                case "topics" -> {
                    sawTopics = true;
                    readTopics(parser, keyLine, value);
                }
                default -> {
                    collector.error(
                            keyLine, key, "unknown key at the top of a topic list; use 'defaults:' and 'topics:'");
                    parser.skipChildren();
                }
            }
        }
        if (!sawTopics) {
            collector.error(0, "topics", "missing; list the topics under 'topics:'");
        }
    }

    private void readTopics(JsonParser parser, int keyLine, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            collector.error(
                    keyLine, "topics", "must be a list of topics ('- category: …' lines), found " + describe(value));
            parser.skipChildren();
            return;
        }
        int index = 0;
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            index++;
            int itemLine = line(parser);
            if (item == JsonToken.START_OBJECT) {
                collector.add(itemLine, readRow(parser));
            } else {
                collector.error(
                        itemLine,
                        "topics",
                        "topic " + index + " must be a mapping with category: and question:," + " found "
                                + describe(item));
                parser.skipChildren();
            }
        }
    }

    /** Reads the fields of one mapping; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
    private Map<String, RawValue> readRow(JsonParser parser) throws IOException {
        Map<String, RawValue> row = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName().toLowerCase(Locale.ROOT);
            int line = line(parser);
            JsonToken value = parser.nextToken();
            RawValue raw = readValue(parser, field, line, value);
            RawValue earlier = row.get(field);
            if (earlier != null) {
                collector.error(line, field, "given twice (also on line " + earlier.line() + "); keep one");
            } else {
                row.put(field, raw);
            }
        }
        return row;
    }

    private RawValue readValue(JsonParser parser, String field, int line, JsonToken value) throws IOException {
        if (Yaml.isAlias(parser)) {
            collector.error(line, field, "YAML aliases (*name) are not supported here; write the value out");
            return RawValue.reported(line);
        }
        if (value.isScalarValue()) {
            if (field.equals("question") && value == JsonToken.VALUE_STRING) {
                warnOfCommentAfter(parser.getText(), line(parser));
            }
            return RawValue.text(line, value == JsonToken.VALUE_NULL ? "" : parser.getText());
        }
        if (value == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (Yaml.isAlias(parser)) {
                    collector.error(
                            line(parser), field, "YAML aliases (*name) are not supported here; write the value out");
                } else if (item.isScalarValue()) {
                    items.add(item == JsonToken.VALUE_NULL ? "" : parser.getText());
                } else {
                    collector.error(line(parser), field, "a list item must be a single value, found " + describe(item));
                    parser.skipChildren();
                }
            }
            return RawValue.list(line, items);
        }
        collector.error(line, field, "must be a value or a list, found " + describe(value));
        parser.skipChildren();
        return RawValue.reported(line);
    }

    /**
     * YAML reads an unquoted {@code ' #'} as the start of a comment, so {@code What is C # for?} is read as
     * "What is C": a question that ends where a comment begins on its line is pointed out.
     */
    private void warnOfCommentAfter(String question, int line) {
        if (lineStarts == null || line < 1 || line > lineStarts.length || question.isEmpty()) {
            return;
        }
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        String source = text.substring(lineStarts[line - 1], end).replace("\r", "");
        int at = source.indexOf(question);
        if (at >= 0
                && COMMENT_AFTER
                        .matcher(source.substring(at + question.length()))
                        .matches()) {
            String comment = source.substring(at + question.length()).strip();
            collector.warning(
                    line,
                    "question",
                    "read as '" + question + "': YAML takes the ' " + shorten(comment)
                            + "' that follows as a comment; put the question in quotes if it goes on");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    private static int line(JsonParser parser) {
        return Math.max(parser.currentTokenLocation().getLineNr(), 0);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "an empty value";
            default -> "a text";
        };
    }
}
