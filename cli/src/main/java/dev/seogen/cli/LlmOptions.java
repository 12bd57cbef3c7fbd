package dev.seogen.cli;

import dev.seogen.cli.config.Resolved;
import dev.seogen.cli.config.Settings;
import dev.seogen.cli.config.SettingsResolver;
import dev.seogen.core.InputException;
import dev.seogen.llm.ApiKey;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.Prices;
import dev.seogen.llm.Provider;
import dev.seogen.llm.StructuredOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The model settings as flags; each also comes from SEOGEN_LLM_*, then seogen.yaml's llm:, then a default. */
final class LlmOptions {
    @Option(
            names = "--provider",
            paramLabel = "NAME",
            description = "openai (also Ollama, vLLM, LM Studio, llama.cpp,"
                    + " OpenRouter) or anthropic. Env SEOGEN_LLM_PROVIDER; default: openai.")
    @Nullable
    String provider;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Endpoint, e.g. http://localhost:11434/v1 for"
                    + " Ollama. Env SEOGEN_LLM_BASE_URL; default: the provider's.")
    @Nullable
    String baseUrl;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description = "Model for every step. Env SEOGEN_LLM_MODEL;"
                    + " default: gpt-4o-mini (openai), claude-sonnet-4-5 (anthropic).")
    @Nullable
    String model;

    @Option(
            names = "--outline-model",
            paramLabel = "NAME",
            description = "Model that plans outlines" + " (default: --model).")
    @Nullable
    String outlineModel;

    @Option(
            names = "--section-model",
            paramLabel = "NAME",
            description = "Model that writes sections, intros and" + " summaries (default: --model).")
    @Nullable
    String sectionModel;

    @Option(
            names = "--api-key-file",
            paramLabel = "FILE",
            description =
                    "File holding the API key (never seogen.yaml); which key goes to which endpoint is" + " below.")
    @Nullable
    String apiKeyFile;

    @Option(names = "--temperature", paramLabel = "T", description = "0 to 2, 0 to 1 for anthropic (default: 0.3).")
    @Nullable
    String temperature;

    @Option(
            names = "--max-output-tokens",
            paramLabel = "N",
            description = "Output limit of one call, 1 to 200000 (default: 4096).")
    @Nullable
    String maxOutputTokens;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "Deadline of one call, answer included: 180, 180s or 3m; 1s to 60m (default: 180s).")
    @Nullable
    String timeout;

    @Option(
            names = "--retries",
            paramLabel = "N",
            description = "Tries again after 429, 5xx, timeouts, resets; 0 to 20 (default: 4).")
    @Nullable
    String retries;

    @Option(
            names = "--repairs",
            paramLabel = "N",
            description = "Asks again after a broken answer, 0 to 10 (default: 2).")
    @Nullable
    String repairs;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            description = "Model calls at the same time, 1 to 256. Env"
                    + " SEOGEN_LLM_CONCURRENCY, seogen.yaml llm.concurrency; default: 4.")
    @Nullable
    String concurrency;

    @Option(
            names = "--requests-per-minute",
            paramLabel = "N",
            description =
                    "Client-side limit on calls a minute, 1 to 1000000 (default: none, 0). Whatever this says, calls are"
                            + " paced to the limits the provider announces in its rate-limit headers (x-ratelimit-*,"
                            + " anthropic-ratelimit-*); with neither, only --concurrency bounds them.")
    @Nullable
    String requestsPerMinute;

    @Option(
            names = "--tokens-per-minute",
            paramLabel = "N",
            description =
                    "Client-side limit on tokens a minute, 1 to 1000000000 (default: none, 0; the provider's announced limits"
                            + " are kept in any case).")
    @Nullable
    String tokensPerMinute;

    @Option(
            names = "--max-answer-size",
            paramLabel = "SIZE",
            description = "Largest answer read from the endpoint, 1KB to 16MB; a larger one fails that article's"
                    + " step, not the run. Env SEOGEN_LLM_MAX_ANSWER_SIZE; default: 4MB.")
    @Nullable
    String maxAnswerSize;

    @Option(
            names = "--context-tokens",
            paramLabel = "N",
            description = "The model's context in tokens, prompt and answer together, 0 to 10000000. Env"
                    + " SEOGEN_LLM_CONTEXT_TOKENS; default: 0, asked of the server once (llama.cpp /props, vLLM"
                    + " /v1/models, Ollama /api/show), else unknown.")
    @Nullable
    String contextTokens;

    @Option(
            names = "--structured-output",
            paramLabel = "MODE",
            description =
                    "json_schema, json_object or prompt. Env SEOGEN_LLM_STRUCTURED_OUTPUT; default:"
                            + " json_schema (a server that refuses it gets json_object, then prompt, once; the summary says so).")
    @Nullable
    String structuredOutput;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed for OpenAI-compatible servers (not Anthropic), part of the cache key. Env"
                    + " SEOGEN_LLM_SEED; default: none.")
    @Nullable
    String seed;

    @Option(
            names = "--price-input",
            paramLabel = "PRICE",
            description = "Price of a million input tokens, for the cost report; 0 to 100000, at most 12 decimal places"
                    + " (default: 0).")
    @Nullable
    String priceInput;

    @Option(
            names = "--price-output",
            paramLabel = "PRICE",
            description = "Price of a million output tokens, as --price-input (default: 0).")
    @Nullable
    String priceOutput;

    @Option(names = "--no-cache", description = "Ask the model even when .seogen/cache has the answer.")
    boolean noCache;

    @Option(
            names = "--verbose",
            description = "Log every model request and answer to standard error, bodies clipped at 2,000 characters,"
                    + " and every failed try with its cause (the API key is never shown).")
    boolean verbose;

    /**
     * Resolves the model settings; {@code shown} receives a line per setting with its origin, for the dry run.
     * The API key's origin is shown, never the key.
     */
    LlmConfig resolve(SettingsResolver resolver, CliContext context, Path cacheFolder, List<String> shown) {
        // Resolution order matters only for what is shown; every value is validated before it is used.
        Resolved<Provider> chosen = show(shown, "provider", resolver.resolve(Settings.PROVIDER, provider));
        Provider p = chosen.value();
        Resolved<String> url = orDefault(resolver.resolve(Settings.BASE_URL, baseUrl), p.defaultBaseUrl(), p);
        show(shown, "base URL", url);
        Resolved<String> common = orDefault(resolver.resolve(Settings.MODEL, model), p.defaultModel(), p);
        Resolved<String> outline = orDefault(resolver.resolve(Settings.OUTLINE_MODEL, outlineModel), common);
        Resolved<String> section = orDefault(resolver.resolve(Settings.SECTION_MODEL, sectionModel), common);
        show(shown, "outline model", outline);
        show(shown, "section model", section);
        Resolved<String> keyFile = resolver.resolve(Settings.API_KEY_FILE, apiKeyFile);
        Resolved<BigDecimal> temp = show(shown, "temperature", resolver.resolve(Settings.TEMPERATURE, temperature));
        Resolved<Integer> maxTokens =
                show(shown, "max output tokens", resolver.resolve(Settings.MAX_OUTPUT_TOKENS, maxOutputTokens));
        Resolved<Duration> deadline = show(shown, "timeout", resolver.resolve(Settings.TIMEOUT, timeout));
        Resolved<Integer> tries = show(shown, "retries", resolver.resolve(Settings.RETRIES, retries));
        Resolved<Integer> fixes = show(shown, "repairs", resolver.resolve(Settings.REPAIRS, repairs));
        Resolved<Integer> calls = show(shown, "concurrency", resolver.resolve(Settings.CONCURRENCY, concurrency));
        Resolved<Integer> rpm = showLimit(
                shown, "requests per minute", resolver.resolve(Settings.REQUESTS_PER_MINUTE, requestsPerMinute));
        Resolved<Integer> tpm =
                showLimit(shown, "tokens per minute", resolver.resolve(Settings.TOKENS_PER_MINUTE, tokensPerMinute));
        Resolved<Long> answerSize = resolver.resolve(Settings.MAX_ANSWER_SIZE, maxAnswerSize);
        shown.add("max answer size: " + String.format(java.util.Locale.ROOT, "%,d bytes", answerSize.value()) + " ("
                + answerSize.origin() + ")");
        Resolved<Integer> window = resolver.resolve(Settings.CONTEXT_TOKENS, contextTokens);
        shown.add("context tokens: "
                + (window.value() > 0
                        ? window.toString()
                        : "asked of the server at the first call (" + window.origin() + ")"));
        Resolved<StructuredOutput> mode =
                show(shown, "structured output", resolver.resolve(Settings.STRUCTURED_OUTPUT, structuredOutput));
        Resolved<String> seedText = resolver.resolve(Settings.SEED, seed);
        shown.add("seed: " + (seedText.value().isEmpty() ? "none (" + seedText.origin() + ")" : seedText.toString()));
        Resolved<BigDecimal> in = show(shown, "price input", resolver.resolve(Settings.PRICE_INPUT, priceInput));
        Resolved<BigDecimal> out = show(shown, "price output", resolver.resolve(Settings.PRICE_OUTPUT, priceOutput));
        resolver.validate();

        Resolved<ApiKey> key = apiKey(p, url.value(), keyFile, context);
        shown.add("API key: "
                + (key.value().isPresent()
                        ? "set (" + key.origin() + ")"
                        : key.value().origin().isEmpty()
                                ? "none"
                                : "none (" + key.value().origin() + ")"));
        shown.add("cache: "
                + (noCache ? "off (--no-cache)" : context.workingDirectory().relativize(cacheFolder)));
        try {
            return new LlmConfig(
                            p,
                            url.value(),
                            outline.value(),
                            section.value(),
                            key.value(),
                            temp.value().doubleValue(),
                            maxTokens.value(),
                            deadline.value(),
                            tries.value(),
                            fixes.value(),
                            calls.value(),
                            rpm.value(),
                            tpm.value(),
                            answerSize.value(),
                            new Prices(in.value(), out.value()),
                            noCache ? null : cacheFolder,
                            Duration.ofSeconds(1))
                    .withLocal(
                            window.value(),
                            mode.value(),
                            seedText.value().isEmpty() ? null : Integer.valueOf(seedText.value()));
        } catch (IllegalArgumentException e) {
            throw new InputException("bad model settings; nothing was done: " + e.getMessage());
        }
    }

    /**
     * The key: a key file given as a flag wins; then SEOGEN_LLM_API_KEY; then the provider's own variable
     * (OPENAI_API_KEY, ANTHROPIC_API_KEY), but only for the provider's own endpoint, so that a key is never sent
     * to a server it was not made for; then a key file from the environment or seogen.yaml; else none.
     */
    private static Resolved<ApiKey> apiKey(
            Provider provider, String baseUrl, Resolved<String> keyFile, CliContext context) {
        boolean fileFromFlag = keyFile.origin().startsWith("--");
        if (fileFromFlag) {
            return fromFile(keyFile, context);
        }
        Map<String, String> environment = context.environment();
        List<String> variables = baseUrl.startsWith(provider.defaultBaseUrl())
                ? List.of("SEOGEN_LLM_API_KEY", provider.keyVariable())
                : List.of("SEOGEN_LLM_API_KEY");
        for (String variable : variables) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new Resolved<>(parseKey(value, variable, variable), variable);
            }
        }
        if (!keyFile.value().isBlank()) {
            return fromFile(keyFile, context);
        }
        String own = environment.get(provider.keyVariable());
        if (own != null && !own.isBlank() && !variables.contains(provider.keyVariable())) {
            return new Resolved<>(
                    ApiKey.none(provider.keyVariable() + " is set but not sent to " + baseUrl
                            + ", which is not " + provider.defaultBaseUrl() + ": set SEOGEN_LLM_API_KEY for this"
                            + " endpoint"),
                    "none");
        }
        return new Resolved<>(ApiKey.NONE, "none");
    }

    private static Resolved<ApiKey> fromFile(Resolved<String> keyFile, CliContext context) {
        Path file = context.resolve(Path.of(keyFile.value()));
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (content.isBlank()) {
                throw new InputException("the API key file " + file + " (" + keyFile.origin() + ") is empty");
            }
            return new Resolved<>(
                    parseKey(content, "the key file " + file, "the key file " + file + " (" + keyFile.origin() + ")"),
                    keyFile.origin());
        } catch (IOException e) {
            throw new InputException("cannot read the API key file " + file + " (" + keyFile.origin() + "): "
                    + e.getClass().getSimpleName());
        }
    }

    private static ApiKey parseKey(String text, String origin, String named) {
        try {
            return ApiKey.of(text, named);
        } catch (IllegalArgumentException e) {
            throw new InputException("the API key in " + origin + " is not usable: " + e.getMessage());
        }
    }

    private static <T> Resolved<T> show(List<String> shown, String name, Resolved<T> resolved) {
        shown.add(name + ": " + resolved);
        return resolved;
    }

    /** A limit of 0 is none: say what paces the calls then. */
    private static Resolved<Integer> showLimit(List<String> shown, String name, Resolved<Integer> resolved) {
        shown.add(name + ": "
                + (resolved.value() > 0
                        ? resolved.toString()
                        : "no client-side limit (" + resolved.origin() + "); paced to the provider's rate-limit"
                                + " headers, if it sends them"));
        return resolved;
    }

    private static Resolved<String> orDefault(Resolved<String> resolved, String fallback, Provider provider) {
        return resolved.value().isBlank() ? new Resolved<>(fallback, "default for " + provider.label()) : resolved;
    }

    private static Resolved<String> orDefault(Resolved<String> resolved, Resolved<String> fallback) {
        return resolved.value().isBlank() ? fallback : resolved;
    }
}
