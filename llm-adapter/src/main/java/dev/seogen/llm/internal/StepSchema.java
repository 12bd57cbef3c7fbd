package dev.seogen.llm.internal;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * The JSON schema of each step's answer, sent with every request (OpenAI's strict {@code json_schema},
 * Anthropic's {@code output_config}). The version is part of the cache key: change it with the schema.
 */
public enum StepSchema {
    OUTLINE("seogen_outline", 1, outline()),
    SECTION("seogen_section", 1, section()),
    WRAPUP("seogen_wrapup", 1, wrapup());

    private final String schemaName;
    private final int version;
    private final JsonSchema schema;

    StepSchema(String schemaName, int version, JsonObjectSchema root) {
        this.schemaName = schemaName;
        this.version = version;
        this.schema = JsonSchema.builder().name(schemaName).rootElement(root).build();
    }

    public JsonSchema schema() {
        return schema;
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

    private static JsonArraySchema strings(String description) {
        return JsonArraySchema.builder()
                .description(description)
                .items(new JsonStringSchema())
                .build();
    }
}
