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
import dev.seogen.core.model.Wrapup;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model's text into core records. Local models wrap JSON in {@code <think>} blocks, Markdown fences
 * and chatter; those are removed where it is safe. Markdown headings inside a section's text would break the
 * draft's structure, so they become bold lines. Anything else wrong is an {@link UnusableAnswer} saying what.
 */
public final class AnswerParser {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Pattern THINKING = Pattern.compile("(?s)<think(?:ing)?>.*?</think(?:ing)?>");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^ {0,3}(```|~~~)");

    /** The answer could not be used; the message says why, in words the model can act on. */
    public static final class UnusableAnswer extends RuntimeException {
        public UnusableAnswer(String message) {
            super(message);
        }
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
                                        .map(AnswerParser::oneLine)
                                        .toList(),
                                list(s.sourceIds())))
                        .toList(),
                list(json.sources()).stream().map(AnswerParser::source).toList());
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

    /** Headings become bold lines, and a code fence left open is closed, so the draft keeps its structure. */
    static String tidy(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.strip().split("\n", -1)) {
            if (FENCE_LINE.matcher(line).lookingAt()) {
                inFence = !inFence;
                out.append(line);
            } else if (!inFence && HEADING_LINE.matcher(line).matches()) {
                out.append(HEADING_LINE.matcher(line).replaceAll("**$1**"));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        if (inFence) {
            out.append("```\n");
        }
        return out.toString().strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ")
                .replaceAll("^[#\\s]+", "")
                .strip();
    }

    private static Source source(SourceJson json) {
        if (json.id() == null || json.id() < 1) {
            throw new UnusableAnswer("a source has no positive id; number the sources 1, 2, 3…");
        }
        return new Source(
                json.id(),
                oneLine(str(json.title())),
                list(json.authors()).stream().map(AnswerParser::oneLine).toList(),
                json.year(),
                blankToNull(json.publisher()),
                blankToNull(json.url()),
                blankToNull(json.doi()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
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
}
