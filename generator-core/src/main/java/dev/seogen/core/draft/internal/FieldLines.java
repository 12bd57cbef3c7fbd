package dev.seogen.core.draft.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.seogen.core.input.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of each key of a draft's front matter, by the name messages give it ({@code title},
 * {@code sources[2].url}, {@code generation.cost}), recorded while the front matter is parsed, so that an
 * error found in the tree afterwards still names its line. Refuses a text over {@link Yaml#MAX_VALUE}.
 */
final class FieldLines {
    private final Path file;
    private final int firstLine;
    private final Map<String, Integer> lines = new HashMap<>();

    /** {@code firstLine} is the line of the file the front matter's first line is on. */
    FieldLines(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /** {@code parser}, recording the line of every key it reads. */
    JsonParser recording(JsonParser parser) {
        return new JsonParserDelegate(parser) {
            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken token = super.nextToken();
                if (token == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(name(delegate.getParsingContext()), lineOf(delegate));
                }
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && delegate.getTextLength() > Yaml.MAX_VALUE) {
                    throw DraftFormat.corrupt(
                            file,
                            lineOf(delegate),
                            name(delegate.getParsingContext()),
                            "this value is %,d characters long; a value in front matter may be at most %,d"
                                    .formatted(delegate.getTextLength(), Yaml.MAX_VALUE));
                }
                return token;
            }

            @Override
            public JsonToken nextValue() throws IOException {
                JsonToken token = nextToken(); // not the delegate's: every token passes the checks above
                return token == JsonToken.FIELD_NAME ? nextToken() : token;
            }
        };
    }

    /**
     * The line of {@code field}: its key's, else the first line of what it holds ({@code sources[2]} is on
     * the line of its first key), else 0 for a field that is not in the file or a problem of the whole file.
     */
    int line(String field) {
        if (field.isEmpty()) {
            return 0;
        }
        Integer exact = lines.get(field);
        if (exact != null) {
            return exact;
        }
        return lines.entrySet().stream()
                .filter(e -> e.getKey().startsWith(field + ".") || e.getKey().startsWith(field + "["))
                .mapToInt(Map.Entry::getValue)
                .min()
                .orElse(0);
    }

    private int lineOf(JsonParser parser) {
        return Math.max(parser.currentTokenLocation().getLineNr(), 1) + firstLine - 1;
    }

    private static String name(JsonStreamContext context) {
        List<String> parts = new ArrayList<>(); // innermost first
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + (c.getCurrentIndex() + 1) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(c.getCurrentName());
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            if (name.length() > 0 && !part.startsWith("[")) {
                name.append('.');
            }
            name.append(part);
        }
        return name.toString();
    }
}
