package dev.seogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.Provider;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The model's context in tokens and what a request takes of it. The size is {@code llm.context-tokens} when
 * set, else asked once of the server where it says: llama.cpp's {@code GET /props}
 * ({@code default_generation_settings.n_ctx}), vLLM's {@code GET /v1/models} ({@code max_model_len}), Ollama's
 * {@code POST /api/show} ({@code num_ctx} of its parameters, else {@code <arch>.context_length}); else unknown,
 * and nothing is capped. A prompt's tokens are estimated from its characters, 3.5 to a token (English runs near
 * 4, so this errs long), until the server reports usage; then from the ratio it reported.
 */
public final class ContextWindow {
    /** Characters per token before the server has reported any usage. */
    static final double FIRST_RATIO = 3.5;
    /** Tokens a chat template adds around each message (role markers), counted on top of the text. */
    private static final int PER_MESSAGE = 8;
    /** An answer with less room than this cannot hold any step's JSON: the request is refused unsent. */
    static final int LEAST_ANSWER = 256;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUM_CTX = Pattern.compile("(?m)^\\s*num_ctx\\s+(\\d+)");

    private final LlmConfig config;
    private final @Nullable HttpClient http;
    private final Consumer<String> log;
    private volatile double charsPerToken = FIRST_RATIO;
    private @Nullable Long size;
    private String origin = "not asked yet";

    /** @param http the transport the probe uses, or null to ask nothing (the size is then the setting's, or unknown) */
    public ContextWindow(LlmConfig config, @Nullable HttpClient http, Consumer<String> log) {
        this.config = config;
        this.http = http;
        this.log = log;
    }

    /** The context in tokens, or empty when neither the settings nor the server say. Asks the server once. */
    public synchronized OptionalLong tokens() {
        if (size == null) {
            size = resolve();
            log.accept("context: " + describe());
        }
        return size > 0 ? OptionalLong.of(size) : OptionalLong.empty();
    }

    /** Whether the size was looked for yet (at the first call). */
    public synchronized boolean isResolved() {
        return size != null;
    }

    /** "2,048 tokens (GET /props)", "unknown (...)", for the log and the run's notes. */
    public synchronized String describe() {
        return size == null
                ? origin
                : size > 0 ? String.format(Locale.ROOT, "%,d tokens (%s)", size, origin) : "unknown (" + origin + ")";
    }

    /** The prompt's tokens, estimated: characters over the ratio, plus what the chat template adds. */
    public long estimate(List<Message> messages) {
        long characters = messages.stream().mapToLong(m -> m.text().length()).sum();
        return (long) Math.ceil(characters / charsPerToken) + (long) PER_MESSAGE * messages.size();
    }

    /** Learns the ratio from a prompt's characters and the input tokens the server counted for it. */
    public void observe(long characters, long inputTokens) {
        if (inputTokens > 0 && characters > 0) {
            charsPerToken = Math.max(1.0, (double) characters / inputTokens);
        }
    }

    /**
     * The output tokens a request may ask: what the step needs, no more than {@code llm.max-output-tokens}, and
     * no more than the context leaves after the prompt; empty when the prompt leaves no room for an answer.
     */
    public OptionalLong outputFor(long promptTokens, int stepNeeds) {
        long wanted = Math.min(config.maxOutputTokens(), stepNeeds);
        OptionalLong context = tokens();
        if (context.isEmpty()) {
            return OptionalLong.of(wanted);
        }
        long room = context.getAsLong() - promptTokens;
        if (room < LEAST_ANSWER) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.min(wanted, room));
    }

    private long resolve() {
        if (config.contextTokens() > 0) {
            origin = "llm.context-tokens";
            return config.contextTokens();
        }
        if (http == null || config.provider() == Provider.ANTHROPIC || config.isProvidersOwn()) {
            origin = "llm.context-tokens is not set";
            return -1;
        }
        String root = config.baseUrl().replaceAll("/+$", "").replaceAll("/v1$", "");
        Long found = ask(HttpMethod.GET, root + "/props", null, ContextWindow::llamaCpp);
        if (found != null) {
            origin = "GET /props";
            return found;
        }
        found = ask(HttpMethod.GET, config.baseUrl().replaceAll("/+$", "") + "/models", null, this::vllm);
        if (found != null) {
            origin = "GET /v1/models";
            return found;
        }
        String body =
                JSON.createObjectNode().put("model", config.outlineModel()).toString();
        found = ask(HttpMethod.POST, root + "/api/show", body, ContextWindow::ollama);
        if (found != null) {
            origin = "POST /api/show";
            return found;
        }
        origin = "the server does not say; set llm.context-tokens";
        return -1;
    }

    private @Nullable Long ask(
            HttpMethod method, String url, @Nullable String body, java.util.function.Function<JsonNode, Long> read) {
        HttpRequest.Builder request = HttpRequest.builder().method(method).url(url);
        if (body != null) {
            request.body(body).addHeader("Content-Type", "application/json");
        }
        if (config.apiKey().isPresent()) {
            request.addHeader("Authorization", "Bearer " + config.apiKey().reveal());
        }
        try {
            String answer = http.execute(request.build()).body();
            Long tokens = read.apply(JSON.readTree(answer == null ? "" : answer));
            return tokens != null && tokens > 0 ? tokens : null;
        } catch (IOException | RuntimeException e) {
            return null; // not this kind of server: ask the next way
        }
    }

    private static @Nullable Long llamaCpp(JsonNode props) {
        JsonNode n = props.path("default_generation_settings").path("n_ctx");
        return n.canConvertToLong() ? n.asLong() : null;
    }

    /** The entry of the configured model (or the only one) in vLLM's model list. */
    private @Nullable Long vllm(JsonNode models) {
        Long only = null;
        int count = 0;
        for (JsonNode model : models.path("data")) {
            JsonNode length = model.path("max_model_len");
            if (!length.canConvertToLong()) {
                continue;
            }
            count++;
            only = length.asLong();
            if (config.outlineModel().equals(model.path("id").asText())) {
                return length.asLong();
            }
        }
        return count == 1 ? only : null;
    }

    /** Ollama: the context it runs the model with ({@code num_ctx}), else the model's own. */
    private static @Nullable Long ollama(JsonNode show) {
        Matcher numCtx = NUM_CTX.matcher(show.path("parameters").asText(""));
        if (numCtx.find()) {
            return Long.parseLong(numCtx.group(1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = show.path("model_info").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith(".context_length") && field.getValue().canConvertToLong()) {
                return field.getValue().asLong();
            }
        }
        return null;
    }
}
