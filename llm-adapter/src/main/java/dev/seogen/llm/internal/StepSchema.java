package dev.seogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON schema of each step's answer, sent with every request (OpenAI's strict {@code json_schema},
 * Anthropic's {@code output_config}), or described in the prompt. For OpenAI-compatible servers it is
 * {@code schemas/<step>.json}, which carries the prompt's rules (how many sections and sources, ids from 1,
 * lengths); what a provider refuses is left out for that provider only (see {@code schemas/README.md}). The
 * version is part of the cache key: change it with the schema.
 */
public enum StepSchema {
    OUTLINE("seogen_outline", 2, "outline", outline()),
    GROUNDED_OUTLINE("seogen_grounded_outline", 1, "outline-grounded", groundedOutline()),
    SECTION("seogen_section", 2, "section", section()),
    WRAPUP("seogen_wrapup", 2, "wrapup", wrapup()),
    TRANSLATED_SECTION("seogen_translated_section", 1, "translated-section", translatedSection()),
    TRANSLATED_FRAME("seogen_translated_frame", 1, "translated-frame", translatedFrame());

    /** Constraints OpenAI's strict mode refuses. */
    private static final Set<String> NOT_FOR_OPENAI = Set.of("maxLength", "minLength");

    private final String schemaName;
    private final int version;
    private final JsonSchema schema;
    private final JsonNode constrained;

    StepSchema(String schemaName, int version, String file, JsonObjectSchema root) {
        this.schemaName = schemaName;
        this.version = version;
        this.schema = JsonSchema.builder().name(schemaName).rootElement(root).build();
        this.constrained = read(file);
    }

    /** The schema without constraints, as Anthropic takes it. */
    public JsonSchema schema() {
        return schema;
    }

    /** The schema as this endpoint takes it: constrained for OpenAI-compatible servers, plain for Anthropic. */
    public JsonSchema forEndpoint(LlmConfig config) {
        if (config.provider() == Provider.ANTHROPIC) {
            return schema;
        }
        return JsonSchema.builder()
                .name(schemaName)
                .rootElement(JsonRawSchema.from(text(config)))
                .build();
    }

    /** The schema's JSON for this endpoint, for the prompt (json_object, prompt modes) and the cache key. */
    public String text(LlmConfig config) {
        if (config.provider() == Provider.ANTHROPIC) {
            return read(constrained.deepCopy(), Set.of("minimum", "maximum", "maxLength", "minLength", "maxItems"))
                    .toString();
        }
        return config.isProvidersOwn()
                ? read(constrained.deepCopy(), NOT_FOR_OPENAI).toString()
                : constrained.toString();
    }

    /** The constrained schema with the keywords named removed, and minItems above 1 lowered to 1 for Anthropic. */
    private static JsonNode read(JsonNode node, Set<String> dropped) {
        if (node instanceof ObjectNode object) {
            dropped.forEach(object::remove);
            if (dropped.contains("maxItems") && object.path("minItems").asInt(0) > 1) {
                object.put("minItems", 1);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                read(children.next(), dropped);
            }
        } else if (node.isArray()) {
            node.forEach(child -> read(child, dropped));
        }
        return node;
    }

    private static JsonNode read(String file) {
        String path = "/schemas/" + file + ".json";
        try (InputStream in = Objects.requireNonNull(StepSchema.class.getResourceAsStream(path), path)) {
            return new ObjectMapper().readTree(in); // enum constants are built before static fields
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + path + " from the seogen jar", e);
        }
    }

    /** Name and version, for cache keys and logs. */
    public String id() {
        return schemaName + "/v" + version;
    }

    private static JsonObjectSchema outline() {
        JsonObjectSchema source = JsonObjectSchema.builder()
                .addIntegerProperty("id", "1, 2, 3… in order")
                .addStringProperty("title")
                .addProperty("authors", strings("people or organisations; may be empty"))
                .addIntegerProperty("year", "year of publication, or null")
                .addStringProperty("publisher")
                .addStringProperty("url", "an address you are certain of, or null; never invented")
                .addStringProperty("doi", "a DOI such as 10.1145/3442188.3445922, or null")
                .required("id", "title", "authors", "publisher")
                .build();
        JsonObjectSchema section = JsonObjectSchema.builder()
                .addStringProperty("heading")
                .addStringProperty("covers", "what the section explains, in one sentence")
                .addProperty("subsections", strings("sub-headings, or an empty list"))
                .addProperty(
                        "source_ids",
                        JsonArraySchema.builder().items(new JsonIntegerSchema()).build())
                .required("heading", "covers", "subsections", "source_ids")
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty("title", "at most 65 characters")
                .addStringProperty("meta_description", "120 to 160 characters")
                .addProperty(
                        "sections", JsonArraySchema.builder().items(section).build())
                .addProperty("sources", JsonArraySchema.builder().items(source).build())
                .required("title", "meta_description", "sections", "sources")
                .build();
    }

    private static JsonObjectSchema groundedOutline() {
        JsonObjectSchema section = JsonObjectSchema.builder()
                .addStringProperty("heading")
                .addStringProperty("covers", "what the section explains, in one sentence")
                .addProperty("subsections", strings("sub-headings, or an empty list"))
                .addProperty(
                        "source_ids",
                        JsonArraySchema.builder()
                                .description("numbers of the documents offered that the section is written from")
                                .items(new JsonIntegerSchema())
                                .build())
                .required("heading", "covers", "subsections", "source_ids")
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty("title", "at most 65 characters")
                .addStringProperty("meta_description", "120 to 160 characters")
                .addProperty(
                        "sections", JsonArraySchema.builder().items(section).build())
                .required("title", "meta_description", "sections")
                .build();
    }

    private static JsonObjectSchema section() {
        JsonObjectSchema subsection = JsonObjectSchema.builder()
                .addStringProperty("heading")
                .addStringProperty("body", "Markdown, citing sources as [n]")
                .required("heading", "body")
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty("body", "Markdown, citing sources as [n], without the heading")
                .addProperty(
                        "subsections",
                        JsonArraySchema.builder().items(subsection).build())
                .required("body", "subsections")
                .build();
    }

    private static JsonObjectSchema wrapup() {
        return JsonObjectSchema.builder()
                .addStringProperty("intro")
                .addStringProperty("summary_heading")
                .addStringProperty("summary")
                .required("intro", "summary_heading", "summary")
                .build();
    }

    private static JsonObjectSchema translatedSection() {
        JsonObjectSchema subsection = JsonObjectSchema.builder()
                .addStringProperty("heading")
                .addStringProperty("body", "Markdown, keeping every [n] citation")
                .required("heading", "body")
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty("heading")
                .addStringProperty("body", "Markdown, keeping every [n] citation, without the heading")
                .addProperty(
                        "subsections",
                        JsonArraySchema.builder().items(subsection).build())
                .required("heading", "body", "subsections")
                .build();
    }

    private static JsonObjectSchema translatedFrame() {
        return JsonObjectSchema.builder()
                .addStringProperty("title")
                .addStringProperty("meta_description")
                .addStringProperty("intro")
                .addStringProperty("summary_heading")
                .addStringProperty("summary")
                .required("title", "meta_description", "intro", "summary_heading", "summary")
                .build();
    }

    private static JsonArraySchema strings(String description) {
        return JsonArraySchema.builder()
                .description(description)
                .items(new JsonStringSchema())
                .build();
    }
}
