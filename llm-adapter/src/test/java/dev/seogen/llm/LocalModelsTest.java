package dev.seogen.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.llm.internal.StepSchema;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The adapter against local servers: context overflows, compact repairs, the context asked of the server, modes. */
class LocalModelsTest {
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final List<String> log = new CopyOnWriteArrayList<>();

    private LlmArticleModel model(int contextTokens, StructuredOutput mode, Integer seed) {
        LlmConfig config = TestConfigs.openAi(server.baseUrl(), null).withLocal(contextTokens, mode, seed);
        return new LlmArticleModel(config, Ticker.system(), log::add);
    }

    private LlmArticleModel model() {
        return model(0, StructuredOutput.JSON_SCHEMA, null);
    }

    private static void answer(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            server.stubFor(post(urlEqualTo(COMPLETIONS))
                    .inScenario("answers")
                    .whenScenarioStateIs(i == 0 ? STARTED : "step " + i)
                    .willSetStateTo("step " + (i + 1))
                    .willReturn(responses[i]));
        }
    }

    private static List<JsonNode> chatRequests() throws IOException {
        List<ServeEvent> events = server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(COMPLETIONS))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (ServeEvent event : events) {
            bodies.add(JSON.readTree(event.getRequest().getBodyAsString()));
        }
        return bodies;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "llamacpp-error-context.json|the prompt (14,429 tokens) does not fit the model's context (8,192)",
                "openai-error-context-length.json|the prompt (8,227 tokens) does not fit the model's context (8,192)",
                "vllm-error-context-requested.json|the prompt (568 tokens) leaves no room for the 6,048 output tokens"
                        + " asked in the model's context (6,048)",
                "vllm-error-context-input.json|the prompt (2,778 tokens) leaves no room for the 8,000 output tokens"
                        + " asked in the model's context (4,096)",
                "ollama-error-context.json|does not fit the model's context (size not given); lower words or raise"
                        + " the server's context"
            })
    void aPromptTooLongForTheContextFailsThatStepNotTheRun(String fixture, String message) {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse().withStatus(400).withBody(Wire.fixture(fixture))));

        assertThatThrownBy(() -> model().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .isNotInstanceOf(ModelUnusableException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ModelException) e).calls()).isEqualTo(1));
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))); // no retry, no repair
    }

    @Test
    void anyOther400StillStopsTheRunCountingItsCall() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse().withStatus(400).withBody(Wire.fixture("openai-error-bad-request.json"))));

        assertThatThrownBy(() -> model().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("Nothing more will be sent")
                .satisfies(e -> assertThat(((ModelException) e).calls()).isEqualTo(1));
    }

    @Test
    void cutOffAfterFewOfTheTokensAskedSaysTheContextFilledNotTheOutputLimit() {
        answer(okJson(Wire.openAi("{\"title\": \"What", "length", 31)));

        assertThatThrownBy(() -> model().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("the model's context filled up after 31 of the 1,536 output tokens asked")
                .hasMessageContaining("lower words or raise the server's context")
                .hasMessageNotContaining("answer more briefly");
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aRepairSendsTheOriginalRequestAndAShortNoteNeverTheGrowingHistory() throws IOException {
        String longBroken = "{\"title\": \"" + "A rambling title that never ends ".repeat(150);
        answer(
                okJson(Wire.openAi(longBroken)),
                okJson(Wire.openAi(longBroken)),
                okJson(Wire.openAi(Wire.fixture("outline.json"))));

        model().outline(new OutlineRequest(TestConfigs.TOPIC));

        List<JsonNode> tries = chatRequests();
        assertThat(tries).hasSize(3);
        int first = tries.get(0).toString().length();
        int third = tries.get(2).toString().length();
        assertThat(third).as("bytes of try 3 against try 1 (%d)", first).isLessThanOrEqualTo(first * 12 / 10);
        assertThat(tries.get(2).path("messages")).hasSize(3);
        assertThat(tries.get(2).path("messages").get(2).path("content").asText())
                .contains("could not be used")
                .contains("A rambling title")
                .hasSizeLessThan(600);
        assertThat(tries.get(2).path("messages").findValuesAsText("role")).doesNotContain("assistant");
    }

    @Test
    void theContextIsAskedOfLlamaCppOnceAndCapsTheOutputAsked() throws IOException {
        server.stubFor(get(urlEqualTo("/props"))
                .willReturn(okJson("{\"default_generation_settings\": {\"n_ctx\": 2048}, \"total_slots\": 1}")));
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))), okJson(Wire.openAi(Wire.fixture("outline.json"))));
        LlmArticleModel model = model();

        model.outline(new OutlineRequest(TestConfigs.TOPIC));
        model.outline(new OutlineRequest(TestConfigs.TOPIC));

        server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/props")));
        JsonNode request = chatRequests().get(0);
        long characters = request.path("messages").findValuesAsText("content").stream()
                .mapToLong(String::length)
                .sum();
        int asked = request.path("max_tokens")
                .asInt(request.path("max_completion_tokens").asInt());
        assertThat(asked).isPositive().isLessThanOrEqualTo((int) (2048 - characters / 3.5));
        assertThat(model.notes()).contains("context: 2,048 tokens (GET /props)");
    }

    @Test
    void vllmAndOllamaSayTheirContextWhereTheyDo() {
        server.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(okJson("{\"object\": \"list\", \"data\": [{\"id\": \"gpt-4o-mini\", \"object\": \"model\","
                        + " \"owned_by\": \"vllm\", \"max_model_len\": 4096}]}")));
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))));
        LlmArticleModel vllm = model();
        vllm.outline(new OutlineRequest(TestConfigs.TOPIC));
        assertThat(vllm.notes()).contains("context: 4,096 tokens (GET /v1/models)");

        server.resetAll();
        server.stubFor(post(urlEqualTo("/api/show"))
                .willReturn(okJson("{\"parameters\": \"stop \\\"<|eot_id|>\\\"\", \"model_info\":"
                        + " {\"general.architecture\": \"llama\", \"llama.context_length\": 131072}}")));
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))));
        LlmArticleModel ollama = model();
        ollama.outline(new OutlineRequest(TestConfigs.TOPIC));
        assertThat(ollama.notes()).contains("context: 131,072 tokens (POST /api/show)");
    }

    @Test
    void aPromptThatCannotFitIsRefusedBeforeItIsSent() {
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))));

        assertThatThrownBy(() ->
                        model(600, StructuredOutput.JSON_SCHEMA, null).outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .isNotInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("does not fit the model's context (600)")
                .hasMessageContaining("Not sent")
                .satisfies(e -> assertThat(((ModelException) e).calls()).isZero());
        server.verify(0, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void theSchemaCarriesThePromptsRulesToLocalServers() {
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))));

        model().outline(new OutlineRequest(TestConfigs.TOPIC));

        String schema = "$.response_format.json_schema.schema.properties";
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath(schema + ".sections.minItems", equalTo("3")))
                .withRequestBody(matchingJsonPath(schema + ".sections.maxItems", equalTo("6")))
                .withRequestBody(matchingJsonPath(schema + ".sources.minItems", equalTo("3")))
                .withRequestBody(matchingJsonPath(schema + ".sources.maxItems", equalTo("8")))
                .withRequestBody(matchingJsonPath(schema + ".sources.items.properties.id.minimum", equalTo("1")))
                .withRequestBody(matchingJsonPath(schema + ".title.maxLength", equalTo("65"))));
    }

    @Test
    void eachProviderIsSentOnlyTheConstraintsItAccepts() {
        LlmConfig openAi = TestConfigs.config(
                Provider.OPENAI, Provider.OPENAI.defaultBaseUrl(), null, java.time.Duration.ofSeconds(5), 0);
        LlmConfig anthropic = TestConfigs.config(
                Provider.ANTHROPIC, Provider.ANTHROPIC.defaultBaseUrl(), null, java.time.Duration.ofSeconds(5), 0);

        assertThat(StepSchema.OUTLINE.text(openAi))
                .contains("\"minItems\":3", "\"maxItems\":8", "\"minimum\":1")
                .doesNotContain("maxLength");
        assertThat(StepSchema.OUTLINE.text(anthropic))
                .doesNotContain("maxItems", "\"minimum\"", "maxLength", "\"minItems\":3")
                .contains("\"minItems\":1");
    }

    @Test
    void jsonObjectAndPromptModesDescribeTheSchemaInThePrompt() {
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))), okJson(Wire.openAi(Wire.fixture("outline.json"))));

        model(0, StructuredOutput.JSON_OBJECT, null).outline(new OutlineRequest(TestConfigs.TOPIC));
        model(0, StructuredOutput.PROMPT, null).outline(new OutlineRequest(TestConfigs.TOPIC));

        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath(
                        "$.messages[0].content",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("must match this JSON schema"))));
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("response_format"))
                .withRequestBody(matchingJsonPath(
                        "$.messages[0].content",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("\"minItems\":3"))));
    }

    @Test
    void aServerThatRefusesJsonSchemaIsAskedForJsonObjectFromThenOnAndItIsReported() {
        String refusal =
                "{\"error\": {\"code\": 400, \"message\": \"response_format type json_schema is not supported\","
                        + " \"type\": \"invalid_request_error\"}}";
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .willReturn(aResponse().withStatus(400).withBody(refusal)));
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .willReturn(okJson(Wire.openAi(Wire.fixture("outline.json")))));
        LlmArticleModel model = model();

        var first = model.outline(new OutlineRequest(TestConfigs.TOPIC));
        model.outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(first.calls()).as("the refused call is counted").isEqualTo(2);
        server.verify(
                1,
                postRequestedFor(urlEqualTo(COMPLETIONS))
                        .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
        server.verify(
                2,
                postRequestedFor(urlEqualTo(COMPLETIONS))
                        .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object"))));
        assertThat(model.notes())
                .anyMatch(note -> note.startsWith(
                        "structured output: json_object, chosen because the server refused" + " json_schema"));
    }

    @Test
    void theSeedIsSentToOpenAiCompatibleServers() {
        answer(okJson(Wire.openAi(Wire.fixture("outline.json"))));

        model(0, StructuredOutput.JSON_SCHEMA, 42).outline(new OutlineRequest(TestConfigs.TOPIC));

        server.verify(
                postRequestedFor(urlEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath("$.seed", equalTo("42"))));
    }

    @Test
    void verboseLogsEachBodyClippedAndEachFailedTryWithItsCause() {
        answer(
                aResponse().withStatus(503).withBody("{\"error\": {\"message\": \"loading model\"}}"),
                okJson(Wire.openAi(Wire.fixture("outline.json"))));

        model().outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(log)
                .anyMatch(line ->
                        line.startsWith("→ POST") && line.contains("\"messages\"") && line.contains("more characters)"))
                .anyMatch(line -> line.startsWith("✗ try 1 failed (HTTP 503") && line.contains("loading model"))
                .anyMatch(line -> line.startsWith("← 200") && line.contains("chat.completion"));
        assertThat(log).allMatch(line -> line.length() < 2 * dev.seogen.llm.internal.HttpTransport.LOGGED_BODY + 200);
    }
}
