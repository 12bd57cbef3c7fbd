package dev.seogen.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.seogen.core.article.Section;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ModelException;
import dev.seogen.core.model.ModelUnusableException;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.model.WrapupRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LlmArticleModelTest {
    private static final String COMPLETIONS = "/v1/chat/completions";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path folder;

    private final List<String> log = new CopyOnWriteArrayList<>();

    private LlmArticleModel openAi() {
        return new LlmArticleModel(TestConfigs.openAi(server.baseUrl(), null), Ticker.system(), log::add);
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

    private static ResponseDefinitionBuilder content(String content) {
        return okJson(Wire.openAi(content));
    }

    @Test
    void outlineIsParsedWithItsUsageAndCost() {
        answer(content(Wire.fixture("outline.json")));

        Answer<Outline> answer = openAi().outline(new OutlineRequest(TestConfigs.TOPIC));

        Outline outline = answer.value();
        assertThat(outline.title()).isEqualTo("What Is a CNAME Record and When to Use One");
        assertThat(outline.sections()).hasSize(3);
        assertThat(outline.sections().get(1).subsections())
                .containsExactly("The zone apex", "Other records at the same name");
        assertThat(outline.sources())
                .extracting(s -> s.id() + " " + s.url())
                .containsExactly(
                        "1 https://www.rfc-editor.org/rfc/rfc1034",
                        "2 https://www.rfc-editor.org/rfc/rfc2181",
                        "3 null");
        assertThat(answer.usage()).isEqualTo(new TokenUsage(1117, 46));
        assertThat(answer.cost())
                .isEqualByComparingTo(new BigDecimal("0.00019515")); // 1117 × 0.15 + 46 × 0.60, per million
        assertThat(answer.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(answer.calls()).isEqualTo(1);
        assertThat(answer.cached()).isFalse();
    }

    @Test
    void everyRequestCarriesTheStrictSchemaTheKeyAndTheModel() {
        answer(content(Wire.fixture("outline.json")));

        openAi().outline(new OutlineRequest(TestConfigs.TOPIC));

        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withHeader("Authorization", equalTo("Bearer " + TestConfigs.KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("seogen_outline")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.sections"))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing(TestConfigs.TOPIC.question())))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("Never invent a URL"))));
    }

    @Test
    void sectionsAndWrapupParseAndCiteOnlyPlannedSources() {
        answer(content(Wire.fixture("section.json")), content(Wire.fixture("wrapup.json")));
        LlmArticleModel model = openAi();
        Outline outline = new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json"));

        SectionText section =
                model.section(new SectionRequest(TestConfigs.TOPIC, outline, 0)).value();
        Wrapup wrapup = model.wrapup(
                        new WrapupRequest(TestConfigs.TOPIC, outline, List.of(new Section("How", section.body()))))
                .value();

        assertThat(section.body()).contains("[1]");
        assertThat(wrapup.summaryHeading()).isEqualTo("Summary");
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("[1] Mockapetris, P. (1987)"))));
    }

    @Test
    void anthropicGetsTheSchemaAsOutputConfigAndItsKeyHeader() {
        server.stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(okJson(Wire.anthropic(Wire.fixture("outline.json"), "end_turn"))));
        LlmArticleModel model = new LlmArticleModel(TestConfigs.anthropic(server.baseUrl()), Ticker.system(), log::add);

        Answer<Outline> answer = model.outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(answer.value().sections()).hasSize(3);
        assertThat(answer.usage()).isEqualTo(new TokenUsage(2095, 503));
        server.verify(postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("x-api-key", equalTo(TestConfigs.KEY))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .withRequestBody(matchingJsonPath("$.output_config.format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.output_config.format.schema.properties.sources"))
                .withRequestBody(matchingJsonPath("$.system", containing("Never invent a URL"))));
    }

    @Test
    void retriesAfterRateLimitHonouringRetryAfter() {
        answer(
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody(Wire.fixture("openai-error-rate-limit.json")),
                content(Wire.fixture("outline.json")));
        LlmArticleModel model = openAi();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        model.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        Answer<Outline> answer = model.outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(answer.value().title()).isNotBlank();
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        server.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void retryAfterInMillisecondsWinsOverSeconds() {
        answer(
                aResponse()
                        .withStatus(429)
                        .withHeader("retry-after-ms", "150")
                        .withHeader("Retry-After", "20")
                        .withBody(Wire.fixture("openai-error-rate-limit.json")),
                content(Wire.fixture("outline.json")));
        LlmArticleModel model = openAi();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        model.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        model.outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(waits).containsExactly(Duration.ofMillis(150));
    }

    @Test
    void serverErrorThenSuccessIsRetriedWithBackOff() {
        answer(
                aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"The server had an error\"}}"),
                aResponse().withStatus(503),
                content(Wire.fixture("outline.json")));
        LlmArticleModel model = openAi();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        model.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        assertThat(model.outline(new OutlineRequest(TestConfigs.TOPIC)).value().sources())
                .hasSize(3);

        assertThat(waits)
                .hasSize(2)
                .allSatisfy(wait -> assertThat(wait).isPositive().isLessThan(Duration.ofSeconds(1)));
        server.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aBodyThatTricklesInIsCutOffAtTheDeadline() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(content(Wire.fixture("outline.json")).withChunkedDribbleDelay(20, 3_000)));
        LlmConfig config =
                TestConfigs.config(Provider.OPENAI, server.baseUrl() + "/v1", null, Duration.ofMillis(600), 1);
        LlmArticleModel model = new LlmArticleModel(config, Ticker.system(), log::add);

        long started = System.nanoTime();
        assertThatThrownBy(() -> model.outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .isNotInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("kept failing after 2 tries")
                .hasMessageContaining("no complete answer within");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_900));
        server.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aConnectionResetIsRetried() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), content(Wire.fixture("outline.json")));

        assertThat(openAi().outline(new OutlineRequest(TestConfigs.TOPIC))
                        .value()
                        .title())
                .isNotBlank();

        server.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void malformedJsonIsAskedAgainSayingWhatWasWrong() {
        answer(content("{\"title\": \"Broken\", \"sections\": [}"), content(Wire.fixture("outline.json")));

        Answer<Outline> answer = openAi().outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(answer.calls()).isEqualTo(2);
        assertThat(answer.usage()).isEqualTo(new TokenUsage(2 * 1117, 2 * 46));
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages.length()", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[2].content", containing("could not be used")))
                .withRequestBody(matchingJsonPath("$.messages[2].content", containing("not valid JSON")))
                .withRequestBody(matchingJsonPath("$.messages[2].content", containing("\"sections\": [}"))));
    }

    @Test
    void fencedJsonAndAThinkingPreambleAreAcceptedAsTheyAre() {
        String local = "<think>\nThe user wants an outline. Let me plan {sections}.\n</think>\n\nHere is the outline:\n"
                + "```json\n" + Wire.fixture("outline.json") + "\n```\nHope this helps!";
        answer(content(local));

        Answer<Outline> answer = openAi().outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(answer.calls()).isEqualTo(1);
        assertThat(answer.value().sections()).hasSize(3);
    }

    @Test
    void anAnswerCutOffAtTheOutputLimitIsAskedAgain() {
        answer(
                okJson(Wire.openAi(Wire.fixture("outline.json").substring(0, 300), "length", 1536)),
                content(Wire.fixture("outline.json")));

        Answer<Outline> answer = openAi().outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(answer.calls()).isEqualTo(2);
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[2].content", containing("cut off at the output limit"))));
    }

    @Test
    void anAnswerThatStaysBrokenFailsTheStepQuotingWhatCame() {
        String chatter = "I'm sorry, but I can only answer in prose. ".repeat(10);
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(content(chatter)));

        assertThatThrownBy(() -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .isNotInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("the answer of gpt-4o-mini-2024-07-18 was still unusable after 3 tries")
                .hasMessageContaining("contains no JSON object")
                .hasMessageContaining("it began: «I'm sorry, but I can only answer in prose.")
                .hasMessageEndingWith("…»");
        server.verify(3, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void emptyContentIsAskedAgain() {
        answer(content(""), content(Wire.fixture("outline.json")));

        assertThat(openAi().outline(new OutlineRequest(TestConfigs.TOPIC)).calls())
                .isEqualTo(2);
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[2].content", containing("the answer was empty"))));
    }

    @Test
    void citationsOfSourcesThatDoNotExistAreAskedAgain() {
        answer(
                content("{\"body\": \"Aliases resolve [7].\", \"subsections\": []}"),
                content(Wire.fixture("section.json")));
        Outline outline = new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json"));

        Answer<SectionText> answer = openAi().section(new SectionRequest(TestConfigs.TOPIC, outline, 0));

        assertThat(answer.calls()).isEqualTo(2);
        server.verify(postRequestedFor(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[2].content", containing("cites [7]"))));
    }

    @Test
    void aRefusedKeyIsNotRetriedAndStopsTheRun() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody(Wire.fixture("openai-error-invalid-key.json").replace("KEY", TestConfigs.KEY))));

        assertThatThrownBy(() -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("the API key was refused; check SEOGEN_LLM_API_KEY")
                .message()
                .doesNotContain(TestConfigs.KEY);
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void anExhaustedQuotaIsNotRetried() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody(Wire.fixture("openai-error-insufficient-quota.json"))));

        assertThatThrownBy(() -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("no quota left");
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void anUnknownModelIsNotRetried() {
        server.stubFor(
                post(urlEqualTo(COMPLETIONS))
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withBody(
                                                "{\"error\":{\"message\":\"The model `gpt-9` does not exist\",\"code\":\"model_not_found\"}}")));

        assertThatThrownBy(() -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("check the model name (llm.model)");
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aServerThatIsNotRunningMakesTheEndpointUnusable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LlmConfig config = TestConfigs.openAi("http://127.0.0.1:" + closedPort, null);

        assertThatThrownBy(() -> new LlmArticleModel(config, Ticker.system(), log::add)
                        .outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("cannot reach http://127.0.0.1:" + closedPort)
                .hasMessageContaining("is the server running");
    }

    @Test
    void theSameRequestTwiceCostsNothingTheSecondTime() {
        answer(content(Wire.fixture("outline.json")));
        Path cache = folder.resolve(".seogen/cache");

        Answer<Outline> first = new LlmArticleModel(
                        TestConfigs.openAi(server.baseUrl(), cache), Ticker.system(), log::add)
                .outline(new OutlineRequest(TestConfigs.TOPIC));
        Answer<Outline> second = new LlmArticleModel(
                        TestConfigs.openAi(server.baseUrl(), cache), Ticker.system(), log::add)
                .outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(second.value()).isEqualTo(first.value());
        assertThat(second.cached()).isTrue();
        assertThat(second.cost()).isZero();
        assertThat(second.usage()).isEqualTo(first.usage());
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void withoutTheCacheEveryRunCalls() {
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(content(Wire.fixture("outline.json"))));
        LlmConfig noCache =
                TestConfigs.openAi(server.baseUrl(), folder.resolve("cache")).withoutCache();

        new LlmArticleModel(noCache, Ticker.system(), log::add).outline(new OutlineRequest(TestConfigs.TOPIC));
        new LlmArticleModel(noCache, Ticker.system(), log::add).outline(new OutlineRequest(TestConfigs.TOPIC));

        server.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(folder.resolve("cache")).doesNotExist();
    }

    @Test
    void theApiKeyAppearsInNoLogMessageOrFile() throws IOException {
        Path cache = folder.resolve("cache");
        answer(
                aResponse()
                        .withStatus(500)
                        .withBody("{\"error\":{\"message\":\"upstream saw key " + TestConfigs.KEY + "\"}}"),
                content(Wire.fixture("outline.json")));
        LlmArticleModel model =
                new LlmArticleModel(TestConfigs.openAi(server.baseUrl(), cache), Ticker.system(), log::add);
        model.outline(new OutlineRequest(TestConfigs.TOPIC));
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody(Wire.fixture("openai-error-invalid-key.json").replace("KEY", TestConfigs.KEY))));
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> model.wrapup(new WrapupRequest(
                TestConfigs.TOPIC,
                new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json")),
                List.of())));

        assertThat(log).isNotEmpty().noneMatch(line -> line.contains(TestConfigs.KEY));
        assertThat(log).anyMatch(line -> line.contains("[API key]"));
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TestConfigs.KEY);
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain(TestConfigs.KEY);
            }
        }
        assertThat(TestConfigs.openAi(server.baseUrl(), cache).toString()).doesNotContain(TestConfigs.KEY);
    }

    @Test
    void anthropicRateLimitsAndOverloadsAreRetriedAndARefusedKeyStops() {
        String messages = "/v1/messages";
        server.stubFor(post(urlEqualTo(messages))
                .inScenario("anthropic")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("overloaded")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("retry-after", "1")
                        .withBody(Wire.fixture("anthropic-error-rate-limit.json"))));
        server.stubFor(post(urlEqualTo(messages))
                .inScenario("anthropic")
                .whenScenarioStateIs("overloaded")
                .willSetStateTo("fine")
                .willReturn(aResponse().withStatus(529).withBody(Wire.fixture("anthropic-error-overloaded.json"))));
        server.stubFor(post(urlEqualTo(messages))
                .inScenario("anthropic")
                .whenScenarioStateIs("fine")
                .willSetStateTo("refusing")
                .willReturn(okJson(Wire.anthropic(Wire.fixture("outline.json"), "end_turn"))));
        server.stubFor(post(urlEqualTo(messages))
                .inScenario("anthropic")
                .whenScenarioStateIs("refusing")
                .willReturn(aResponse().withStatus(401).withBody(Wire.fixture("anthropic-error-authentication.json"))));
        LlmArticleModel model = new LlmArticleModel(TestConfigs.anthropic(server.baseUrl()), Ticker.system(), log::add);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        model.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        assertThat(model.outline(new OutlineRequest(TestConfigs.TOPIC)).value().sections())
                .hasSize(3);
        assertThat(waits).hasSize(2).first().isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> model.wrapup(new WrapupRequest(
                        TestConfigs.TOPIC,
                        new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json")),
                        List.of())))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("ANTHROPIC_API_KEY");
        server.verify(4, postRequestedFor(urlEqualTo(messages)));
    }

    @Test
    void anUnknownHostMakesTheEndpointUnusable() {
        LlmConfig config =
                TestConfigs.config(Provider.OPENAI, "http://no-such-host.invalid/v1", null, Duration.ofSeconds(2), 0);

        assertThatThrownBy(() -> new LlmArticleModel(config, Ticker.system(), log::add)
                        .outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("cannot reach http://no-such-host.invalid/v1 (unknown host)");
    }

    @Test
    void anHtmlPageInsteadOfAnApiAnswerPointsAtTheBaseUrl() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Welcome to nginx!</body></html>")));

        assertThatThrownBy(() -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("not an API answer")
                .hasMessageContaining("check the base URL");
    }

    @Test
    void aStepThatFailedIsAskedAfreshNextRunNotReplayedFromTheCache() {
        Path cache = folder.resolve("cache");
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(content("Sorry, I cannot help with that.")));
        LlmConfig config = TestConfigs.openAi(server.baseUrl(), cache);
        assertThatThrownBy(() -> new LlmArticleModel(config, Ticker.system(), log::add)
                        .outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class);
        server.resetAll();
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(content(Wire.fixture("outline.json"))));

        Answer<Outline> answer =
                new LlmArticleModel(config, Ticker.system(), log::add).outline(new OutlineRequest(TestConfigs.TOPIC));

        assertThat(answer.cached()).isFalse();
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aHeadingWithControlCharactersIsCleanedNotFatal() {
        answer(content(
                "{\"body\": \"Text [1].\", \"subsections\": [{\"heading\": \"Why\\u0085now\", \"body\": \"x [1]\"}]}"));
        Outline outline = new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json"));

        SectionText text = openAi().section(new SectionRequest(TestConfigs.TOPIC, outline, 0))
                .value();

        assertThat(text.subsections().get(0).heading()).isEqualTo("Why now");
    }

    @Test
    void aRetryAfterGivenAsADateIsHonouredAndOneOfHoursFailsTheStepAtOnce() {
        String soon = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
        answer(
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", soon)
                        .withBody(Wire.fixture("openai-error-rate-limit.json")),
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "86400")
                        .withBody(Wire.fixture("openai-error-rate-limit.json")));
        LlmArticleModel model = openAi();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        model.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));

        assertThatThrownBy(() -> model.outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("the provider asks to wait 1440 min before the next call; run again later");

        assertThat(waits)
                .singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(2)));
        server.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void anAnswerOverTheSizeLimitFailsThatStepNotTheEndpoint() {
        String huge = "{\"body\": \"" + "x".repeat(20_000_000) + "\", \"subsections\": []}";
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(content(huge)));
        Outline outline = new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json"));

        assertThatThrownBy(() -> openAi().section(new SectionRequest(TestConfigs.TOPIC, outline, 0)))
                .isInstanceOf(ModelException.class)
                .isNotInstanceOf(ModelUnusableException.class)
                // WireMock sends it chunked, without a length: the read stops at the limit.
                .hasMessageContaining("the answer of more than 4.0 MB is over llm.max-answer-size (4.0 MB); raise it")
                .hasMessageContaining("SEOGEN_LLM_MAX_ANSWER_SIZE");
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void anAnswerWithALengthOverTheLimitIsRefusedFromItsLength() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(content(Wire.fixture("outline.json"))
                        .withHeader(
                                "Content-Length",
                                String.valueOf(Wire.openAi(Wire.fixture("outline.json"))
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                                        .length))));
        LlmConfig base = TestConfigs.openAi(server.baseUrl(), null);
        LlmConfig small = new LlmConfig(
                base.provider(),
                base.baseUrl(),
                base.outlineModel(),
                base.sectionModel(),
                base.apiKey(),
                base.temperature(),
                base.maxOutputTokens(),
                base.timeout(),
                base.retries(),
                base.repairs(),
                base.concurrency(),
                0,
                0,
                1_000,
                base.prices(),
                null,
                base.firstBackoff());

        assertThatThrownBy(() -> new LlmArticleModel(small, Ticker.system(), log::add)
                        .outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelException.class)
                .isNotInstanceOf(ModelUnusableException.class)
                .hasMessageMatching(".*the answer of \\d+\\.\\d KB is over llm.max-answer-size \\(1.0 KB\\).*");
    }

    @Test
    void aNulInModelTextIsRemovedAndCounted() {
        answer(content("{\"body\": \"Aliases\\u0000 resolve [1].\", \"subsections\": []}"));
        Outline outline = new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json"));
        LlmArticleModel model = openAi();

        SectionText text =
                model.section(new SectionRequest(TestConfigs.TOPIC, outline, 0)).value();

        assertThat(text.body()).isEqualTo("Aliases resolve [1].");
        assertThat(model.removedCharacters()).isEqualTo(1);
    }

    @Test
    void aKeyEchoedInAValidAnswerReachesNeitherTheTextNorTheCache() throws IOException {
        Path cache = folder.resolve("cache");
        answer(content("{\"body\": \"The key is " + TestConfigs.KEY + " [1].\", \"subsections\": []}"));
        Outline outline = new dev.seogen.llm.internal.AnswerParser().outline(Wire.fixture("outline.json"));
        LlmConfig config = TestConfigs.openAi(server.baseUrl(), cache);

        SectionText text = new LlmArticleModel(config, Ticker.system(), log::add)
                .section(new SectionRequest(TestConfigs.TOPIC, outline, 0))
                .value();
        SectionText again = new LlmArticleModel(config, Ticker.system(), log::add)
                .section(new SectionRequest(TestConfigs.TOPIC, outline, 0))
                .value();

        assertThat(text.body()).isEqualTo("The key is [API key] [1].");
        assertThat(again).isEqualTo(text);
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).isNotEmpty();
            for (Path file : written) {
                assertThat(Files.readString(file))
                        .doesNotContain(TestConfigs.KEY)
                        .contains("[API key]");
            }
        }
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void aKeyEchoedInAnUnusableAnswerIsNotInTheErrorThatQuotesIt() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(content("I cannot do that with your key " + TestConfigs.KEY + ", sorry.")));

        Throwable failed = org.assertj.core.api.Assertions.catchThrowable(
                () -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)));

        assertThat(failed).isInstanceOf(ModelException.class).hasMessageContaining("your key [API key], sorry");
        for (Throwable t = failed; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TestConfigs.KEY);
        }
        // Nor in what was sent back to the model to repair it.
        server.verify(
                0,
                postRequestedFor(urlEqualTo(COMPLETIONS)).withRequestBody(containing("your key " + TestConfigs.KEY)));
    }

    @Test
    void aKeyAcrossTheLogsCutIsNotShownInPart() {
        String bare = Wire.openAi(TestConfigs.KEY).replaceAll("\\s+", " ");
        // the key starts 5 characters before the cut at HttpTransport.LOGGED_BODY
        int padding = dev.seogen.llm.internal.HttpTransport.LOGGED_BODY - 5 - bare.indexOf(TestConfigs.KEY);
        answer(content("x".repeat(padding) + TestConfigs.KEY));

        org.assertj.core.api.Assertions.catchThrowable(() -> openAi().outline(new OutlineRequest(TestConfigs.TOPIC)));

        assertThat(log).anyMatch(line -> line.startsWith("← 200")).anyMatch(line -> line.contains("[API … ("));
        assertThat(log).noneMatch(line -> line.contains(TestConfigs.KEY.substring(0, 5)));
    }

    @Test
    void aRefusalNamesTheVariableTheKeyCameFromOrSaysNoneWasSentAndWhy() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(aResponse().withStatus(401).withBody(Wire.fixture("openai-error-invalid-key.json"))));
        LlmConfig base = TestConfigs.openAi(server.baseUrl(), null);
        LlmConfig fromVariable = TestConfigs.withKey(base, ApiKey.of(TestConfigs.KEY, "SEOGEN_LLM_API_KEY"));
        LlmConfig none =
                TestConfigs.withKey(base, ApiKey.none("OPENAI_API_KEY is set but not sent to " + base.baseUrl()));

        assertThatThrownBy(() -> new LlmArticleModel(fromVariable, Ticker.system(), log::add)
                        .outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("the API key from SEOGEN_LLM_API_KEY was refused")
                .hasMessageNotContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> new LlmArticleModel(none, Ticker.system(), log::add)
                        .outline(new OutlineRequest(TestConfigs.TOPIC)))
                .isInstanceOf(ModelUnusableException.class)
                .hasMessageContaining("no API key was sent (OPENAI_API_KEY is set but not sent to " + base.baseUrl()
                        + "); set SEOGEN_LLM_API_KEY");
    }
}
