package dev.seogen.llm;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Everything the adapter needs to talk to a model, resolved and validated by the command line.
 *
 * @param outlineModel the model that plans articles
 * @param sectionModel the model that writes sections, intros and summaries (may be the same)
 * @param timeout the deadline of one HTTP call, body included
 * @param retries how many times a failed call is tried again (429, 5xx, 408, timeouts, resets)
 * @param repairs how many times a broken answer is asked again, saying what was wrong
 * @param requestsPerMinute the user's limit on calls a minute, or 0 for none (the provider's announced limits
 *     are kept in any case)
 * @param tokensPerMinute the user's limit on tokens a minute, or 0 for none
 * @param maxAnswerBytes the largest answer body read from the endpoint; a larger one fails that step
 * @param cacheFolder where answers are cached, or {@code null} for no cache ({@code --no-cache})
 * @param contextTokens the model's context in tokens, prompt and answer together, or 0 to ask the server once
 *     (llama.cpp's {@code /props}, vLLM's {@code /v1/models}, Ollama's {@code /api/show}); unknown if it
 *     does not say
 * @param structuredOutput how the JSON is asked for; a server that refuses it makes seogen fall back once
 * @param seed sent to OpenAI-compatible servers so that the same request gives the same answer, or null
 */
public record LlmConfig(
        Provider provider,
        String baseUrl,
        String outlineModel,
        String sectionModel,
        ApiKey apiKey,
        double temperature,
        int maxOutputTokens,
        Duration timeout,
        int retries,
        int repairs,
        int concurrency,
        int requestsPerMinute,
        int tokensPerMinute,
        long maxAnswerBytes,
        Prices prices,
        @Nullable Path cacheFolder,
        Duration firstBackoff,
        int contextTokens,
        StructuredOutput structuredOutput,
        @Nullable Integer seed) {
    public LlmConfig {
        requireNonNull(structuredOutput, "structuredOutput");
        if (contextTokens < 0) {
            throw new IllegalArgumentException("the context cannot be negative, got " + contextTokens);
        }
        requireNonNull(provider, "provider");
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(apiKey, "apiKey");
        checkUrl(baseUrl);
        requireNonNull(outlineModel, "outlineModel");
        requireNonNull(sectionModel, "sectionModel");
        requireNonNull(timeout, "timeout");
        requireNonNull(prices, "prices");
        requireNonNull(firstBackoff, "firstBackoff");
        if (outlineModel.isBlank() || sectionModel.isBlank()) {
            throw new IllegalArgumentException("a model name is needed (llm.model)");
        }
        if (provider == Provider.ANTHROPIC && temperature > 1) {
            throw new IllegalArgumentException("Anthropic takes a temperature from 0 to 1, got " + temperature);
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("temperature must be from 0 to 2, got " + temperature);
        }
        positive(maxOutputTokens, "max output tokens");
        positive(concurrency, "concurrency");
        if (retries < 0 || repairs < 0 || requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new IllegalArgumentException("retries, repairs and limits cannot be negative");
        }
        if (maxAnswerBytes < 1) {
            throw new IllegalArgumentException("the largest answer must be 1 byte or more, got " + maxAnswerBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
        }
    }

    /** Settings without the local-model ones: the context asked of the server, json_schema, no seed. */
    public LlmConfig(
            Provider provider,
            String baseUrl,
            String outlineModel,
            String sectionModel,
            ApiKey apiKey,
            double temperature,
            int maxOutputTokens,
            Duration timeout,
            int retries,
            int repairs,
            int concurrency,
            int requestsPerMinute,
            int tokensPerMinute,
            long maxAnswerBytes,
            Prices prices,
            @Nullable Path cacheFolder,
            Duration firstBackoff) {
        this(
                provider,
                baseUrl,
                outlineModel,
                sectionModel,
                apiKey,
                temperature,
                maxOutputTokens,
                timeout,
                retries,
                repairs,
                concurrency,
                requestsPerMinute,
                tokensPerMinute,
                maxAnswerBytes,
                prices,
                cacheFolder,
                firstBackoff,
                0,
                StructuredOutput.JSON_SCHEMA,
                null);
    }

    /** The same settings with the local-model ones given. */
    public LlmConfig withLocal(int contextTokens, StructuredOutput structuredOutput, @Nullable Integer seed) {
        return new LlmConfig(
                provider,
                baseUrl,
                outlineModel,
                sectionModel,
                apiKey,
                temperature,
                maxOutputTokens,
                timeout,
                retries,
                repairs,
                concurrency,
                requestsPerMinute,
                tokensPerMinute,
                maxAnswerBytes,
                prices,
                cacheFolder,
                firstBackoff,
                contextTokens,
                structuredOutput,
                seed);
    }

    /** Whether the endpoint is the provider's own service, not a server the user runs. */
    public boolean isProvidersOwn() {
        return baseUrl.startsWith(provider.defaultBaseUrl());
    }

    private static void checkUrl(String baseUrl) {
        String problem = "the base URL must be an http:// or https:// address such as http://localhost:11434/v1, got '"
                + baseUrl + "'";
        try {
            URI uri = new URI(baseUrl);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(problem);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, got " + value);
        }
    }

    /** Whether this endpoint refuses calls without a key: Anthropic's and OpenAI's own (local servers need none). */
    public boolean needsKey() {
        return provider == Provider.ANTHROPIC || baseUrl.startsWith(Provider.OPENAI.defaultBaseUrl());
    }

    /** The same settings without the response cache. */
    public LlmConfig withoutCache() {
        return new LlmConfig(
                provider,
                baseUrl,
                outlineModel,
                sectionModel,
                apiKey,
                temperature,
                maxOutputTokens,
                timeout,
                retries,
                repairs,
                concurrency,
                requestsPerMinute,
                tokensPerMinute,
                maxAnswerBytes,
                prices,
                null,
                firstBackoff,
                contextTokens,
                structuredOutput,
                seed);
    }
}
