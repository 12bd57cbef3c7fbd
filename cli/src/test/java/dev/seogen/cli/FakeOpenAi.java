package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An OpenAI-compatible endpoint on WireMock that answers seogen's steps (and its two translation steps) with canned answers in
 * OpenAI's wire format, chosen by the schema each request names, and can be told to fail for one question.
 */
final class FakeOpenAi {
    static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stubbing server;
    private final Admin admin;

    FakeOpenAi(Stubbing server, Admin admin) {
        this.server = server;
        this.admin = admin;
    }

    /** Good answers to every step. */
    FakeOpenAi answering() {
        return answering(0);
    }

    /** Good answers to every step, each after {@code latencyMillis}. */
    FakeOpenAi answering(int latencyMillis) {
        for (String step : new String[] {"outline", "section", "wrapup", "translated_section", "translated_frame"}) {
            server.stubFor(post(urlEqualTo(PATH))
                    .atPriority(10)
                    .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("seogen_" + step)))
                    .willReturn(okJson(completion(fixture(step.replace('_', '-') + ".json")))
                            .withFixedDelay(latencyMillis)));
        }
        return this;
    }

    /** Every call about {@code question} in step {@code step} gets HTTP {@code status}. */
    FakeOpenAi failing(String step, String question, int status) {
        server.stubFor(post(urlEqualTo(PATH))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("seogen_" + step)))
                .withRequestBody(containing(question))
                .willReturn(aResponse().withStatus(status).withBody("{\"error\":{\"message\":\"overloaded\"}}")));
        return this;
    }

    /** Every call about {@code question} in step {@code step} gets prose instead of JSON. */
    FakeOpenAi rambling(String step, String question) {
        server.stubFor(post(urlEqualTo(PATH))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("seogen_" + step)))
                .withRequestBody(containing(question))
                .willReturn(okJson(completion("Sure! Here is a lovely section about it, in prose."))));
        return this;
    }

    int calls() {
        return server.findAll(postRequestedFor(urlEqualTo(PATH))).size();
    }

    void reset() {
        admin.resetAll();
    }

    static String completion(String content) {
        try {
            return fixture("openai-chat-completion.json")
                    .replace("CONTENT", JSON.writeValueAsString(content))
                    .replace("FINISH", "stop");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String name) {
        try (InputStream in = Objects.requireNonNull(FakeOpenAi.class.getResourceAsStream("/wire/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
