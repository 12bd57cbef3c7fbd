package dev.seogen.llm.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.TranslatedFrame;
import dev.seogen.core.model.TranslatedSection;
import dev.seogen.core.model.Wrapup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model's text into core records. Local models wrap JSON in {@code <think>} blocks, Markdown fences
 * and chatter; those are removed where it is safe. Control characters (but tab and newline), unpaired
 * surrogates and Unicode non-characters are removed from every text, and counted: a NUL would make the draft
 * unreadable. Markdown headings inside model text (ATX or setext, at any level, in lists and quotes too) would
 * break the draft's structure, where seogen writes every heading itself, so they become bold lines. Anything
 * else wrong is an {@link UnusableAnswer} saying what.
 */
public final class AnswerParser {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Pattern THINKING = Pattern.compile("(?s)<think(?:ing)?>.*?</think(?:ing)?>");
    private static final Pattern ATX_MARKS = Pattern.compile("^#{1,6}(?=[ \\t]|$)|[ \\t]+#*[ \\t]*$|^#*$");
    private static final Parser MARKDOWN =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^ {0,3}(```|~~~)");

    private final AtomicLong removed = new AtomicLong();

    /** The answer could not be used; the message says why, in words the model can act on. */
    public static final class UnusableAnswer extends RuntimeException {
        public UnusableAnswer(String message) {
            super(message);
        }
    }

    /** How many characters {@link #clean} removed from model text, in every answer parsed so far. */
    public long removedCharacters() {
        return removed.get();
    }

    public Outline outline(String text) {
        OutlineJson json = read(text, OutlineJson.class);
        return new Outline(
                oneLine(str(json.title())),
                oneLine(str(json.metaDescription())),
                list(json.sections()).stream()
                        .map(s -> new PlannedSection(
                                oneLine(str(s.heading())),
                                oneLine(str(s.covers())),
                                list(s.subsections()).stream()
                                        .map(this::oneLine)
                                        .toList(),
                                list(s.sourceIds())))
                        .toList(),
                list(json.sources()).stream().map(this::source).toList());
    }

    /**
     * A grounded outline: its sections name the numbers of the library documents offered, and its sources are
     * those numbers alone, with no title ("document 3"); seogen fills each from the library, never the model.
     */
    public Outline groundedOutline(String text) {
        Outline chosen = outline(text);
        List<Source> sources = chosen.sections().stream()
                .flatMap(s -> s.sourceIds().stream())
                .filter(id -> id >= 1)
                .distinct()
                .sorted()
                .map(id -> new Source(id, "document " + id, List.of(), null, null, null, null))
                .toList();
        return new Outline(chosen.title(), chosen.metaDescription(), chosen.sections(), sources);
    }

    public SectionText section(String text) {
        SectionJson json = read(text, SectionJson.class);
        return new SectionText(
                tidy(str(json.body())),
                list(json.subsections()).stream()
                        .map(s -> new Section(oneLine(str(s.heading())), tidy(str(s.body()))))
                        .toList());
    }

    public Wrapup wrapup(String text) {
        WrapupJson json = read(text, WrapupJson.class);
        return new Wrapup(tidy(str(json.intro())), oneLine(str(json.summaryHeading())), tidy(str(json.summary())));
    }

    public TranslatedSection translatedSection(String text) {
        TranslatedSectionJson json = read(text, TranslatedSectionJson.class);
        return new TranslatedSection(new Section(
                oneLine(str(json.heading())),
                tidy(str(json.body())),
                list(json.subsections()).stream()
                        .map(s -> new Section(oneLine(str(s.heading())), tidy(str(s.body()))))
                        .toList()));
    }

    public TranslatedFrame translatedFrame(String text) {
        TranslatedFrameJson json = read(text, TranslatedFrameJson.class);
        return new TranslatedFrame(
                oneLine(str(json.title())),
                oneLine(str(json.metaDescription())),
                tidy(str(json.intro())),
                oneLine(str(json.summaryHeading())),
                tidy(str(json.summary())));
    }

    /** The JSON object inside a text: without thinking blocks, fences or chatter around it. */
    static String extractJson(String text) {
        String cleaned = THINKING.matcher(text).replaceAll("");
        int orphanEnd = cleaned.lastIndexOf("</think>");
        if (orphanEnd >= 0) {
            cleaned = cleaned.substring(orphanEnd + "</think>".length()); // reasoning whose opening tag was not sent
        }
        int open = cleaned.indexOf("<think");
        if (open >= 0 && cleaned.indexOf('{', open) >= 0) {
            cleaned = cleaned.substring(cleaned.indexOf('{', open)); // a thinking block that was never closed
        }
        int start = cleaned.indexOf('{');
        int end = cleaned.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new UnusableAnswer("the answer contains no JSON object");
        }
        return cleaned.substring(start, end + 1);
    }

    private static <T> T read(String text, Class<T> type) {
        if (text.isBlank()) {
            throw new UnusableAnswer("the answer was empty");
        }
        try {
            T value = JSON.readValue(extractJson(text), type);
            if (value == null) {
                throw new UnusableAnswer("the answer was null, not a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnusableAnswer("the answer is not valid JSON for the schema: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Removes what no text should hold: C0 and C1 controls but tab and newline (a CR before a newline goes
     * uncounted), unpaired surrogates and the non-characters U+FDD0..U+FDEF and U+xFFFE, U+xFFFF.
     */
    String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        long dropped = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (crlf) {
                i += width;
                continue;
            }
            if (unwanted(c)) {
                dropped++;
            } else {
                out.appendCodePoint(c);
            }
            i += width;
        }
        removed.addAndGet(dropped);
        return dropped == 0 ? text.replace("\r\n", "\n") : out.toString();
    }

    private static boolean unwanted(int c) {
        if (c == '\t' || c == '\n') {
            return false;
        }
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || Character.isSurrogate((char) c) && c <= 0xFFFF
                || (c >= 0xFDD0 && c <= 0xFDEF)
                || (c & 0xFFFE) == 0xFFFE;
    }

    /** Cleaned, headings made bold lines, and a code fence left open closed, so the draft keeps its structure. */
    String tidy(String markdown) {
        String text = clean(markdown).strip();
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (FENCE_LINE.matcher(line).lookingAt()) {
                inFence = !inFence;
            }
            out.append(line).append('\n');
        }
        if (inFence) {
            out.append("```\n");
        }
        return demoteHeadings(out.toString()).strip();
    }

    /**
     * Every heading the renderer would see becomes a bold line: {@code ## Title} and {@code Title} over a line
     * of {@code ===} or {@code ---} alike. Code blocks are left as they are.
     */
    static String demoteHeadings(String markdown) {
        List<Heading> headings = new ArrayList<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        if (headings.isEmpty()) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        for (Heading heading : headings) {
            List<SourceSpan> spans = heading.getSourceSpans();
            boolean setext = spans.size() > 1 || !isAtx(lines, spans.get(0));
            if (setext) {
                SourceSpan underline = spans.get(spans.size() - 1);
                replace(lines, underline, "");
                SourceSpan first = spans.get(0);
                SourceSpan last = spans.size() > 1 ? spans.get(spans.size() - 2) : first;
                if (spans.size() == 1) {
                    continue; // an underline alone: nothing to make bold
                }
                String lastText = segment(lines, last).stripTrailing();
                replace(lines, last, (first == last ? "**" + lastText.strip() : lastText) + "**");
                if (first != last) {
                    replace(lines, first, "**" + segment(lines, first).strip());
                }
            } else {
                String text = ATX_MARKS
                        .matcher(segment(lines, spans.get(0)).strip())
                        .replaceAll("")
                        .strip();
                replace(lines, spans.get(0), text.isEmpty() ? "" : "**" + text + "**");
            }
        }
        return String.join("\n", lines);
    }

    private static boolean isAtx(String[] lines, SourceSpan span) {
        return segment(lines, span).stripLeading().startsWith("#");
    }

    private static String segment(String[] lines, SourceSpan span) {
        String line = lines[span.getLineIndex()];
        int from = Math.min(span.getColumnIndex(), line.length());
        return line.substring(from, Math.min(line.length(), from + span.getLength()));
    }

    private static void replace(String[] lines, SourceSpan span, String text) {
        String line = lines[span.getLineIndex()];
        int from = Math.min(span.getColumnIndex(), line.length());
        int to = Math.min(line.length(), from + span.getLength());
        lines[span.getLineIndex()] = line.substring(0, from) + text + line.substring(to);
    }

    private String oneLine(String text) {
        return clean(text.replaceAll("[\\t\\n\\r\\u0085\\u2028\\u2029]+", " "))
                .replaceAll("^[#\\s]+", "")
                .strip();
    }

    private Source source(SourceJson json) {
        if (json.id() == null || json.id() < 1) {
            throw new UnusableAnswer("a source has no positive id; number the sources 1, 2, 3…");
        }
        return new Source(
                json.id(),
                oneLine(str(json.title())),
                list(json.authors()).stream().map(this::oneLine).toList(),
                json.year(),
                blankToNull(json.publisher()),
                blankToNull(json.url()),
                blankToNull(json.doi()));
    }

    private @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() || text.equalsIgnoreCase("null") ? null : oneLine(text);
    }

    private static String str(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> list(@Nullable List<T> items) {
        return items == null
                ? List.of()
                : items.stream().filter(java.util.Objects::nonNull).toList();
    }

    record OutlineJson(
            @Nullable String title,
            @JsonProperty("meta_description") @Nullable String metaDescription,
            @Nullable List<PlannedJson> sections,
            @Nullable List<SourceJson> sources) {}

    record PlannedJson(
            @Nullable String heading,
            @Nullable String covers,
            @Nullable List<String> subsections,
            @JsonProperty("source_ids") @Nullable List<Integer> sourceIds) {}

    record SourceJson(
            @Nullable Integer id,
            @Nullable String title,
            @Nullable List<String> authors,
            @Nullable Integer year,
            @Nullable String publisher,
            @Nullable String url,
            @Nullable String doi) {}

    record SectionJson(@Nullable String body, @Nullable List<SubsectionJson> subsections) {}

    record SubsectionJson(
            @Nullable String heading, @Nullable String body) {}

    record WrapupJson(
            @Nullable String intro,
            @JsonProperty("summary_heading") @Nullable String summaryHeading,
            @Nullable String summary) {}

    record TranslatedSectionJson(
            @Nullable String heading,
            @Nullable String body,
            @Nullable List<SubsectionJson> subsections) {}

    record TranslatedFrameJson(
            @Nullable String title,
            @JsonProperty("meta_description") @Nullable String metaDescription,
            @Nullable String intro,
            @JsonProperty("summary_heading") @Nullable String summaryHeading,
            @Nullable String summary) {}
}
