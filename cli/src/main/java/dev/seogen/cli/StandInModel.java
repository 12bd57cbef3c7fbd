package dev.seogen.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.Source;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.PlannedSection;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.model.WrapupRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The demo's model: canned answers for the bundled topics ({@code demo/answers.json}), written once by a
 * person with a real model's help and replayed here, so that the demo needs no network and no key. It goes
 * through the same pipeline as a real model; the pages it makes say that a stand-in wrote them.
 */
final class StandInModel implements ArticleModel {
    static final String NAME = "seogen-stand-in";

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, JsonNode> answers = new HashMap<>();

    StandInModel() {
        try (InputStream in = Objects.requireNonNull(
                StandInModel.class.getResourceAsStream("/demo/answers.json"), "demo/answers.json")) {
            for (JsonNode article : JSON.readTree(in)) {
                answers.put(article.path("question").asText(), article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo's canned answers", e);
        }
    }

    @Override
    public String provider() {
        return "stand-in";
    }

    @Override
    public String fingerprint() {
        return NAME + " v1";
    }

    @Override
    public Answer<Outline> outline(OutlineRequest request) {
        JsonNode outline = article(request.topic().question()).path("outline");
        if (request.grounded()) {
            return grounded(request, outline);
        }
        List<PlannedSection> sections = new ArrayList<>();
        for (JsonNode s : outline.path("sections")) {
            sections.add(new PlannedSection(
                    s.path("heading").asText(),
                    s.path("covers").asText(),
                    strings(s.path("subsections")),
                    ints(s.path("source_ids"))));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : outline.path("sources")) {
            sources.add(new Source(
                    s.path("id").asInt(),
                    s.path("title").asText(),
                    strings(s.path("authors")),
                    s.hasNonNull("year") ? s.get("year").asInt() : null,
                    text(s, "publisher"),
                    text(s, "url"),
                    text(s, "doi")));
        }
        return answer(
                new Outline(
                        outline.path("title").asText(),
                        outline.path("meta_description").asText(),
                        sections,
                        sources),
                outline);
    }

    /**
     * A grounded outline, as a model answers one: each section names the numbers of the library documents it
     * was offered (the canned answer names them by path), and no source has a title; seogen fills them.
     */
    private static Answer<Outline> grounded(OutlineRequest request, JsonNode outline) {
        Map<String, Integer> offered = new HashMap<>();
        request.library().forEach(d -> offered.put(d.document().path(), d.number()));
        List<PlannedSection> sections = new ArrayList<>();
        java.util.Set<Integer> chosen = new java.util.TreeSet<>();
        for (JsonNode s : outline.path("sections")) {
            List<Integer> numbers = new ArrayList<>();
            for (String path : strings(s.path("documents"))) {
                Integer number = offered.get(path);
                if (number == null) {
                    throw new ModelException("the stand-in model's answer is written from the library document "
                            + path + ", which the library did not offer for '"
                            + request.topic().question()
                            + "'; run the demo in a fresh folder");
                }
                numbers.add(number);
            }
            chosen.addAll(numbers);
            sections.add(new PlannedSection(
                    s.path("heading").asText(), s.path("covers").asText(), strings(s.path("subsections")), numbers));
        }
        List<Source> sources = chosen.stream()
                .map(n -> new Source(n, "document " + n, List.of(), null, null, null, null))
                .toList();
        return answer(
                new Outline(
                        outline.path("title").asText(),
                        outline.path("meta_description").asText(),
                        sections,
                        sources),
                outline);
    }

    @Override
    public Answer<SectionText> section(SectionRequest request) {
        JsonNode section = article(request.topic().question()).path("sections").path(request.index());
        List<Section> subsections = new ArrayList<>();
        for (JsonNode sub : section.path("subsections")) {
            subsections.add(
                    new Section(sub.path("heading").asText(), sub.path("body").asText()));
        }
        return answer(new SectionText(section.path("body").asText(), subsections), section);
    }

    @Override
    public Answer<Wrapup> wrapup(WrapupRequest request) {
        JsonNode wrapup = article(request.topic().question()).path("wrapup");
        return answer(
                new Wrapup(
                        wrapup.path("intro").asText(),
                        wrapup.path("summary_heading").asText(),
                        wrapup.path("summary").asText()),
                wrapup);
    }

    private JsonNode article(String question) {
        JsonNode article = answers.get(question);
        if (article == null) {
            throw new ModelException("the stand-in model only knows the demo's topics, not '" + question
                    + "'; point seogen generate at a real model for other topics");
        }
        return article;
    }

    /** Tokens as a real model would count them, roughly (four characters a token), at no cost. */
    private static <T> Answer<T> answer(T value, JsonNode source) {
        long output = source.toString().length() / 4;
        return new Answer<>(value, NAME, new TokenUsage(900, output), BigDecimal.ZERO, 1, false);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank()
                ? node.get(field).asText()
                : null;
    }
}
