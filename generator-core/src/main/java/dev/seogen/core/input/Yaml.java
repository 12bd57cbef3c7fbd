package dev.seogen.core.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How seogen reads YAML that people write: one document, no duplicate keys, no anchors or aliases (a
 * {@code *name} would otherwise be read as the text "name"), and errors that name the line at fault.
 */
public final class Yaml {
    /**
     * The longest line and the longest value seogen reads in YAML, in characters. SnakeYAML copies its
     * look-ahead window each time it reads 1,024 more characters of one token, so a token is read in time
     * quadratic in its length: a 6 MB value took 13 s. Lines no longer than this keep every read linear.
     */
    public static final int MAX_VALUE = 65_536;

    private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");
    private static final YAMLFactory FACTORY = create();

    private Yaml() {}

    /** A factory for strict parsers, shared: Jackson factories are thread-safe once configured. */
    public static YAMLFactory factory() {
        return FACTORY;
    }

    private static YAMLFactory create() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML refuses documents over 3 MB by default; a list of 100,000 topics is about 15 MB.
        options.setCodePointLimit(Integer.MAX_VALUE);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(64).build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return factory;
    }

    /**
     * A parser of {@code text}; a line longer than {@link #MAX_VALUE} characters is refused with
     * {@link TooLong} before SnakeYAML reads it.
     */
    public static JsonParser parser(String text) throws IOException {
        checkLineLengths(text);
        return FACTORY.createParser(new StringReader(text));
    }

    private static void checkLineLengths(String text) throws TooLong {
        int line = 1;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end;
            if (next - start > MAX_VALUE) {
                throw new TooLong(
                        line,
                        "this line is %,d characters long; a line or a value may be at most %,d"
                                .formatted(next - start, MAX_VALUE));
            }
            start = next + 1;
        }
    }

    /** A line or a value over {@link #MAX_VALUE} characters; the message says how long it is. */
    public static final class TooLong extends JsonParseException {
        TooLong(int line, String message) {
            super(null, message, new JsonLocation(ContentReference.unknown(), -1, line, 0));
        }
    }

    /** Whether the parser stands on a {@code *alias}, which seogen refuses rather than misread. */
    public static boolean isAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    /** A {@code *alias} where seogen reads YAML a person wrote; the message says what to do instead. */
    public static final class AliasFound extends JsonParseException {
        AliasFound(JsonParser parser) {
            super(parser, "YAML aliases (*name) are not supported; write the value out");
        }
    }

    /** The parser, failing with {@link AliasFound} at the first alias, so that a tree is read in one pass. */
    public static JsonParser refusingAliases(JsonParser parser) {
        return new JsonParserDelegate(parser) {
            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken token = super.nextToken();
                if (isAlias(delegate)) {
                    throw new AliasFound(delegate);
                }
                return token;
            }
        };
    }

    /** The explanation of a syntax error, without SnakeYAML's echo of the source, with a hint where we have one. */
    public static String syntaxMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (isUnclosedQuote(message)) {
            return "a quote opened on this line is never closed; close it, or write the value without quotes";
        }
        // SnakeYAML indents its echo of the source and its position lines; the explanation is not indented.
        String explanation = message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip)
                .reduce((a, b) -> a + "; " + b)
                .orElse(message);
        if (message.contains("mapping values are not allowed here")) {
            return explanation + " (check this line's indentation, or quote a value that contains ': ')";
        }
        if (message.contains("TAB")) {
            return "a tab is used for indentation; YAML is indented with spaces";
        }
        return explanation;
    }

    /**
     * The line a syntax error is at: for an unclosed quote the line it opens on, otherwise SnakeYAML's last
     * mark (where it gave up), else Jackson's location.
     */
    public static int syntaxLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        Matcher mark = MARK.matcher(message);
        int first = -1;
        int last = -1;
        while (mark.find()) {
            last = Integer.parseInt(mark.group(1));
            first = first < 0 ? last : first;
        }
        if (last > 0) {
            return isUnclosedQuote(message) ? first : last;
        }
        return e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
    }

    private static boolean isUnclosedQuote(String message) {
        return message.contains("while scanning a quoted scalar") && message.contains("end of stream");
    }
}
