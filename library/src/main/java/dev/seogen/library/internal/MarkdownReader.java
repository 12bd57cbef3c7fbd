package dev.seogen.library.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.input.Yaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Markdown and plain text: an optional YAML front matter between {@code ---} lines, then paragraphs separated
 * by blank lines. In Markdown, ATX headings ({@code ## Caching}) set the heading path, and the first one is
 * the title when the front matter gives none; a fenced code block is one paragraph.
 */
public final class MarkdownReader {
    private static final ObjectMapper YAML = new ObjectMapper(Yaml.factory());
    private static final Pattern HEADING = Pattern.compile("(#{1,6})[ \\t]+(.*?)[ \\t#]*");
    private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(```|~~~).*");

    private MarkdownReader() {}

    /** {@code markdown}: headings count; else plain text, where a line starting with # is just text. */
    public static Parsed read(String text, boolean markdown) throws Unreadable {
        List<String> lines =
                text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int start = 0;
        Metadata metadata = Metadata.NONE;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int end = closing(lines);
            if (end < 0) {
                throw new Unreadable("its front matter is never closed; add a '---' line after it");
            }
            metadata = frontMatter(String.join("\n", lines.subList(1, end)));
            start = end + 1;
        }
        List<Block> blocks = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        @Nullable String firstHeading = null;
        boolean inFence = false;
        for (String line : lines.subList(start, lines.size())) {
            if (markdown && FENCE.matcher(line).matches()) {
                inFence = !inFence;
                append(paragraph, line);
                if (!inFence) {
                    flush(blocks, headings, paragraph);
                }
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (markdown && !inFence && heading.matches()) {
                flush(blocks, headings, paragraph);
                int level = heading.group(1).length();
                String name = heading.group(2).strip();
                if (firstHeading == null && !name.isEmpty()) {
                    firstHeading = name;
                }
                while (headings.size() >= level) {
                    headings.remove(headings.size() - 1);
                }
                while (headings.size() < level - 1) {
                    headings.add("");
                }
                headings.add(name);
            } else if (line.isBlank() && !inFence) {
                flush(blocks, headings, paragraph);
            } else {
                append(paragraph, inFence ? line : line.strip());
            }
        }
        flush(blocks, headings, paragraph);
        return new Parsed(metadata.withTitle(firstHeading), blocks);
    }

    private static int closing(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private static Metadata frontMatter(String yaml) throws Unreadable {
        if (yaml.isBlank()) {
            return Metadata.NONE;
        }
        JsonNode node;
        try (JsonParser parser = Yaml.refusingAliases(Yaml.parser(yaml))) {
            node = YAML.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new Unreadable("its front matter is not valid YAML (line " + (Yaml.syntaxLine(e) + 1) + "): "
                    + Yaml.syntaxMessage(e));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (node == null || !node.isObject()) {
            throw new Unreadable("its front matter must be a mapping of key: value lines");
        }
        try {
            return Metadata.of(node);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("front matter " + e.getMessage());
        }
    }

    private static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() > 0) {
            paragraph.append('\n');
        }
        paragraph.append(line);
    }

    private static void flush(List<Block> blocks, List<String> headings, StringBuilder paragraph) {
        String text = paragraph.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(new Block(headings.stream().filter(h -> !h.isEmpty()).toList(), text));
        }
        paragraph.setLength(0);
    }
}
