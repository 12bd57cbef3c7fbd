package dev.seogen.llm.internal;

import dev.langchain4j.model.input.PromptTemplate;
import dev.seogen.core.article.Article;
import dev.seogen.core.article.LanguageTag;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import dev.seogen.core.library.LibraryDocument;
import dev.seogen.core.library.Passage;
import dev.seogen.core.model.GivenPassage;
import dev.seogen.core.model.OfferedDocument;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.TranslationRequest;
import dev.seogen.core.model.WrapupRequest;
import dev.seogen.core.topic.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The prompts, read from {@code prompts/*.txt} on the class path and filled with the topic's question,
 * category, audience, language and word target. Versioned with the code; never strings glued in Java.
 */
public final class Prompts {
    private final PromptTemplate system = template("system");
    private final PromptTemplate outline = template("outline");
    private final PromptTemplate section = template("section");
    private final PromptTemplate groundedOutline = template("outline-grounded");
    private final PromptTemplate groundedSection = template("section-grounded");
    private final PromptTemplate wrapup = template("wrapup");
    private final PromptTemplate repair = template("repair");
    private final PromptTemplate sourcesRefused = template("sources-refused");
    private final PromptTemplate reviewerNote = template("reviewer-note");
    private final PromptTemplate schema = template("schema");
    private final LanguageRules languages = new LanguageRules();
    private final PromptTemplate translateSection = template("translate-section");
    private final PromptTemplate translateFrame = template("translate-frame");

    /** The most of a bad answer quoted back in a repair: enough to recognise it, never the whole of it. */
    public static final int REPAIR_EXCERPT = 300;
    /** The most of the problems' text a repair carries. */
    static final int REPAIR_PROBLEMS = 200;

    public String system(Topic topic) {
        String prompt = system.apply(
                        Map.of("language_rule", languages.of(topic.language()).rule(), "audience", topic.audience()))
                .text();
        return topic.instruction().isBlank()
                ? prompt
                : prompt + "\n\n"
                        + reviewerNote
                                .apply(Map.of("note", topic.instruction()))
                                .text();
    }

    /** The outline prompt, followed by what the checks of an earlier plan's sources refused, if anything. */
    public String outline(Topic topic, List<String> refused) {
        String prompt = outline(topic);
        if (refused.isEmpty()) {
            return prompt;
        }
        String list = refused.stream().map(line -> "- " + line).collect(java.util.stream.Collectors.joining("\n"));
        return prompt + "\n\n" + sourcesRefused.apply(Map.of("refused", list)).text();
    }

    public String outline(Topic topic) {
        return inLanguage(
                topic,
                outline.apply(Map.of(
                                "question", topic.question(),
                                "category", topic.category(),
                                "keywords",
                                        topic.keywords().isEmpty()
                                                ? "(none given)"
                                                : String.join(", ", topic.keywords()),
                                "words", topic.words()))
                        .text());
    }

    /** A request closed by the reminder of the language to write in, in that language. */
    private String inLanguage(Topic topic, String prompt) {
        return prompt.strip() + "\n\n" + languages.of(topic.language()).reminder();
    }

    /** The outline prompt of a grounded article: the documents offered, numbered, with their passages. */
    public String groundedOutline(OutlineRequest request) {
        Topic topic = request.topic();
        String documents = request.library().stream().map(Prompts::describe).collect(Collectors.joining("\n\n"));
        return inLanguage(
                topic,
                groundedOutline
                        .apply(Map.of(
                                "question", topic.question(),
                                "category", topic.category(),
                                "keywords",
                                        topic.keywords().isEmpty()
                                                ? "(none given)"
                                                : String.join(", ", topic.keywords()),
                                "words", topic.words(),
                                "documents", documents))
                        .text());
    }

    public String section(SectionRequest request) {
        PlannedSection planned = request.section();
        Outline plan = request.outline();
        String headings = IntStream.range(0, plan.sections().size())
                .mapToObj(i -> (i + 1) + ". " + plan.sections().get(i).heading())
                .collect(Collectors.joining("\n"));
        String subsections = planned.subsections().isEmpty()
                ? "It has no sub-sections."
                : "Its sub-sections, in order: " + String.join("; ", planned.subsections()) + ".";
        int words = sectionWords(request);
        Map<String, Object> values = new HashMap<>();
        values.put("question", request.topic().question());
        values.put("outline", headings);
        values.put("number", request.index() + 1);
        values.put("heading", planned.heading());
        values.put("covers", planned.covers());
        values.put("subsections", subsections);
        values.put("words", words);
        if (request.grounded()) {
            values.put("passages", passages(request.passages()));
            values.put(
                    "ids",
                    request.sources().stream().map(s -> "[" + s.id() + "]").collect(Collectors.joining(", ")));
            return inLanguage(request.topic(), groundedSection.apply(values).text());
        }
        values.put("sources", sources(request.sources()));
        return inLanguage(request.topic(), section.apply(values).text());
    }

    /** The words a section is asked for: the intro and summary take about a fifth, the sections share the rest. */
    public static int sectionWords(SectionRequest request) {
        return Math.max(
                80,
                request.topic().words() * 4 / 5 / request.outline().sections().size());
    }

    public String wrapup(WrapupRequest request) {
        String sections = request.sections().stream().map(Prompts::asMarkdown).collect(Collectors.joining("\n\n"));
        return inLanguage(
                request.topic(),
                wrapup.apply(Map.of("question", request.topic().question(), "sections", sections))
                        .text());
    }

    /** Asks for section {@code index} of the request's article in the topic's language. */
    public String translateSection(TranslationRequest request, int index) {
        Article source = request.source();
        return inLanguage(
                request.topic(),
                translateSection
                        .apply(Map.of(
                                "from", name(source.language()),
                                "question", source.question(),
                                "outline", headings(source.sections()),
                                "number", index + 1,
                                "section", asMarkdown(source.sections().get(index))))
                        .text());
    }

    /** Asks for the title, description, intro and summary of the request's article in the topic's language. */
    public String translateFrame(TranslationRequest request, List<Section> translated) {
        Article source = request.source();
        return inLanguage(
                request.topic(),
                translateFrame
                        .apply(Map.of(
                                "from", name(source.language()),
                                "question", source.question(),
                                "outline", headings(translated),
                                "title", source.title(),
                                "description", source.metaDescription(),
                                "intro", source.intro(),
                                "summary_heading", source.summary().heading(),
                                "summary", source.summary().body()))
                        .text());
    }

    private static String name(LanguageTag language) {
        return Locale.forLanguageTag(language.language()).getDisplayLanguage(Locale.ENGLISH) + " (" + language + ")";
    }

    private static String headings(List<Section> sections) {
        return IntStream.range(0, sections.size())
                .mapToObj(i -> (i + 1) + ". " + sections.get(i).heading())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The short note a repair adds to the original request: what was wrong, and the start of the bad answer
     * (at most {@link #REPAIR_EXCERPT} characters), so that each try is about as long as the first.
     */
    public String repair(List<String> problems, String badAnswer) {
        String listed = clip("- " + String.join("\n- ", problems), REPAIR_PROBLEMS);
        String flat = badAnswer.strip();
        String excerpt = flat.isEmpty() ? "(nothing)" : clip(flat, REPAIR_EXCERPT);
        return repair.apply(Map.of("problems", listed, "excerpt", excerpt)).text();
    }

    /** The schema in words for the prompt, when the server is not sent it as a response format. */
    public String schema(String json) {
        return schema.apply(Map.of("schema", json)).text();
    }

    private static String clip(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most) + "…";
    }

    static String sources(List<Source> sources) {
        return sources.stream().map(Prompts::describe).collect(Collectors.joining("\n"));
    }

    /** The most of a passage an outline is shown: enough to judge what the document is about. */
    static final int OFFERED_EXCERPT = 400;

    private static String describe(OfferedDocument offered) {
        LibraryDocument document = offered.document();
        StringBuilder text = new StringBuilder("Document ")
                .append(offered.number())
                .append(": ")
                .append(document.title());
        if (document.year() != null) {
            text.append(" (").append(document.year()).append(')');
        }
        for (Passage passage : offered.passages()) {
            text.append("\n  «")
                    .append(clip(flat(passage.text()), OFFERED_EXCERPT))
                    .append('»');
        }
        return text.toString();
    }

    private static String passages(List<GivenPassage> given) {
        return given.stream()
                .map(g -> {
                    Passage passage = g.passage();
                    String under = passage.headings().isEmpty() ? "" : " — " + String.join(" › ", passage.headings());
                    return "[" + g.sourceId() + "] " + passage.document().title() + under + "\n«" + flat(passage.text())
                            + "»";
                })
                .collect(Collectors.joining("\n\n"));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String describe(Source source) {
        String address =
                source.url() != null ? ". " + source.url() : source.doi() != null ? ". doi:" + source.doi() : "";
        return "[" + source.id() + "] " + source.reference() + address;
    }

    private static String asMarkdown(Section section) {
        StringBuilder text = new StringBuilder("## ")
                .append(section.heading())
                .append("\n\n")
                .append(section.body());
        for (Section sub : section.subsections()) {
            text.append("\n\n### ").append(sub.heading()).append("\n\n").append(sub.body());
        }
        return text.toString();
    }

    private static PromptTemplate template(String name) {
        String path = "/prompts/" + name + ".txt";
        try (InputStream in = Objects.requireNonNull(Prompts.class.getResourceAsStream(path), path)) {
            return PromptTemplate.from(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt " + path + " from the seogen jar", e);
        }
    }
}
