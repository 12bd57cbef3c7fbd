package dev.seogen.cli.config;

import dev.seogen.core.draft.DraftStore;
import dev.seogen.core.input.Sizes;
import dev.seogen.core.topic.TopicListReader;
import dev.seogen.llm.Provider;
import dev.seogen.llm.StructuredOutput;
import dev.seogen.sources.SourceCheckConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Every setting seogen reads, in one place: the README's settings table lists the same. */
public final class Settings {
    public static final Setting<Path> DRAFTS =
            Setting.folder("drafts", "--drafts", "Folder of the drafts, one sub-folder per category.", "drafts");
    public static final Setting<Long> DRAFTS_MAX_SIZE = new Setting<>(
            "drafts.max-size",
            "",
            "Largest draft file read (16MB, 512KB); a larger one is skipped and named.",
            DraftStore.DEFAULT_MAX_SIZE,
            (text, base) -> Sizes.parse(text));

    public static final Setting<Long> TOPICS_MAX_SIZE = new Setting<>(
            "topics.max-size",
            "",
            "Largest topic list read (64MB); a larger one is refused before it is read.",
            TopicListReader.DEFAULT_MAX_SIZE,
            (text, base) -> Sizes.parse(text));
    public static final Setting<String> LIBRARY = new Setting<>(
            "library",
            "--library",
            "Folder of the reference library's documents; none (the default) writes from the model alone.",
            "",
            (text, base) ->
                    text.isBlank() ? "" : base.resolve(text.strip()).normalize().toString());

    public static final Setting<Boolean> LIBRARY_FALLBACK = new Setting<>(
            "library.fallback",
            "",
            "none (the default): a topic the library has nothing relevant on fails, naming the topic and the"
                    + " library; model: it is written from the model alone, its sources checked.",
            false,
            (text, base) -> switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "", "none" -> false;
                case "model" -> true;
                default -> throw new IllegalArgumentException("must be none or model, got '" + text + "'");
            });
    public static final Setting<BigDecimal> LIBRARY_MIN_RELEVANCE = Setting.decimal(
            "library.min-relevance",
            "",
            "Least similarity (all-MiniLM-L6-v2 cosine) a passage needs with the question to count as relevant.",
            "0.30",
            "0",
            "1");

    public static final Setting<Provider> PROVIDER = new Setting<>(
            "llm.provider",
            "--provider",
            "openai (also Ollama, vLLM, LM Studio, llama.cpp, OpenRouter) or anthropic.",
            Provider.OPENAI,
            (text, base) -> Provider.parse(text));
    public static final Setting<String> BASE_URL =
            Setting.text("llm.base-url", "--base-url", "Endpoint, e.g. http://localhost:11434/v1 for Ollama.", "");
    public static final Setting<String> MODEL = Setting.text("llm.model", "--model", "Model for every step.", "");
    public static final Setting<String> OUTLINE_MODEL =
            Setting.text("llm.outline-model", "--outline-model", "Model that plans the outline.", "");
    public static final Setting<String> SECTION_MODEL =
            Setting.text("llm.section-model", "--section-model", "Model that writes sections, intro and summary.", "");
    public static final Setting<String> API_KEY_FILE = new Setting<>(
            "llm.api-key-file",
            "--api-key-file",
            "File holding the API key (the key itself never goes in seogen.yaml).",
            "",
            (text, base) -> text.isBlank() ? "" : base.resolve(text.strip()).toString());
    public static final Setting<BigDecimal> TEMPERATURE =
            Setting.decimal("llm.temperature", "--temperature", "Sampling temperature.", "0.3", "0", "2");
    public static final Setting<Integer> MAX_OUTPUT_TOKENS =
            Setting.count("llm.max-output-tokens", "--max-output-tokens", "Output limit of one call.", 4096, 200_000);
    public static final Setting<Duration> TIMEOUT = Setting.seconds(
            "llm.timeout",
            "--timeout",
            "Deadline of one call, the whole answer included.",
            180,
            Duration.ofSeconds(1),
            Duration.ofHours(1));
    public static final Setting<Integer> RETRIES =
            Setting.atLeastZero("llm.retries", "--retries", "Tries again after 429, 5xx, timeouts and resets.", 4, 20);
    public static final Setting<Integer> REPAIRS = Setting.atLeastZero(
            "llm.repairs", "--repairs", "Asks again after an answer that is not the JSON asked for.", 2, 10);
    public static final Setting<Integer> CONCURRENCY =
            Setting.count("llm.concurrency", "--concurrency", "How many model calls run at the same time.", 4, 256);
    public static final Setting<Integer> REQUESTS_PER_MINUTE = Setting.atLeastZero(
            "llm.requests-per-minute",
            "--requests-per-minute",
            "Client-side limit on calls a minute; 0 (the default) for none beyond the provider's announced limits.",
            0,
            1_000_000);
    public static final Setting<Integer> TOKENS_PER_MINUTE = Setting.atLeastZero(
            "llm.tokens-per-minute",
            "--tokens-per-minute",
            "Client-side limit on tokens a minute; 0 (the default) for none beyond the provider's announced limits.",
            0,
            1_000_000_000);
    public static final Setting<Long> MAX_ANSWER_SIZE = Setting.size(
            "llm.max-answer-size",
            "--max-answer-size",
            "Largest answer read from the endpoint; a larger one fails that article's step.",
            4_000_000,
            1_000,
            16_000_000);
    public static final Setting<Integer> CONTEXT_TOKENS = Setting.atLeastZero(
            "llm.context-tokens",
            "--context-tokens",
            "The model's context in tokens, prompt and answer together; 0 (the default) asks the server once"
                    + " (llama.cpp /props, vLLM /v1/models, Ollama /api/show).",
            0,
            10_000_000);
    public static final Setting<StructuredOutput> STRUCTURED_OUTPUT = new Setting<>(
            "llm.structured-output",
            "--structured-output",
            "json_schema (the schema in response_format), json_object (the schema in the prompt) or prompt (no"
                    + " response_format); a server that refuses one gets the next, once.",
            StructuredOutput.JSON_SCHEMA,
            (text, base) -> StructuredOutput.parse(text));
    public static final Setting<String> SEED = new Setting<>(
            "llm.seed",
            "--seed",
            "Seed sent to OpenAI-compatible servers, so that the same request gives the same answer; none by default.",
            "",
            (text, base) -> {
                String value = text.strip();
                if (!value.isEmpty()) {
                    try {
                        Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                "must be a whole number (a 32-bit integer), got '" + text + "'");
                    }
                }
                return value;
            });
    public static final Setting<BigDecimal> PRICE_INPUT = Setting.decimal(
            "llm.price-input",
            "--price-input",
            "Price of a million input tokens, for the cost report.",
            "0",
            "0",
            "100000");
    public static final Setting<BigDecimal> PRICE_OUTPUT = Setting.decimal(
            "llm.price-output", "--price-output", "Price of a million output tokens.", "0", "0", "100000");

    public static final Setting<String> SOURCES_CROSSREF_URL = Setting.text(
            "sources.crossref-url", "", "Crossref's works API, for DOIs.", SourceCheckConfig.DEFAULT_CROSSREF_URL);
    public static final Setting<String> SOURCES_ARXIV_URL =
            Setting.text("sources.arxiv-url", "", "The arXiv API, for arXiv ids.", SourceCheckConfig.DEFAULT_ARXIV_URL);
    public static final Setting<String> SOURCES_MAILTO = Setting.text(
            "sources.mailto", "", "Your e-mail address, sent to Crossref and arXiv as they ask (never elsewhere).", "");
    public static final Setting<Integer> SOURCES_CONCURRENCY =
            Setting.count("sources.concurrency", "", "Sources checked at the same time (2 a host at most).", 8, 64);
    public static final Setting<Duration> SOURCES_TIMEOUT = Setting.seconds(
            "sources.timeout",
            "",
            "Time a registry or site has to answer.",
            20,
            Duration.ofSeconds(1),
            Duration.ofMinutes(10));
    public static final Setting<Duration> SOURCES_RECHECK_AFTER = Setting.days(
            "sources.recheck-after", "", "How long a check is trusted before it is asked again.", 30, 3650);
    public static final Setting<Boolean> SOURCES_ALLOW_PRIVATE_ADDRESSES = Setting.bool(
            "sources.allow-private-addresses",
            "",
            "Also request addresses on loopback, private, link-local or multicast networks.",
            false);
    public static final Setting<Boolean> SOURCES_VERIFY =
            Setting.bool("sources.verify", "", "generate checks the outline's sources before writing sections.", true);

    public static final Setting<Path> SITE = Setting.folder("site.folder", "--site", "Folder of the site.", "site");
    public static final Setting<String> SITE_BASE_URL =
            Setting.text("site.base-url", "--site-url", "The site's public address, e.g. https://example.com.", "");
    public static final Setting<String> SITE_TITLE = Setting.text("site.title", "", "The site's name.", "Explainers");
    public static final Setting<String> SITE_LANGUAGE =
            Setting.text("site.language", "", "The site's language (a BCP 47 tag).", "en");
    public static final Setting<String> SITE_AUTHOR = Setting.text("site.author", "", "Author of the articles.", "");
    public static final Setting<String> SITE_PUBLISHER =
            Setting.text("site.publisher", "", "Publisher named in structured data.", "");
    public static final Setting<String> SITE_CTA_TEXT =
            Setting.text("site.cta-text", "", "Call to action in every footer.", "");
    public static final Setting<String> SITE_CTA_LINK = Setting.text("site.cta-link", "", "Where it leads.", "");
    public static final Setting<String> SITE_LEGAL_LINK =
            Setting.text("site.legal-link", "", "Link to the legal notice.", "");
    public static final Setting<Boolean> SITE_DEFAULT_LANGUAGE_AT_ROOT = Setting.bool(
            "site.default-language-at-root",
            "",
            "A site in several languages puts site.language's pages at / instead of under /<language>/.",
            false);
    public static final Setting<String> SITE_DESCRIPTION = Setting.text(
            "site.description",
            "",
            "What the site offers, in a line: the home page's heading and description (default: the theme's words).",
            "");

    /**
     * {@code site.categories.<slug>.description}: a category's introduction on its page and on the home page,
     * one key per category, in seogen.yaml only. {@link CategoryDescriptions} reads and checks them.
     */
    public static final String CATEGORY_DESCRIPTION = "site.categories.<slug>.description";

    /** Who reviews, recorded as reviewed_by; SEOGEN_REVIEWER is read before it (see ReviewCommand). */
    public static final Setting<String> REVIEWER = Setting.text(
            "review.reviewer", "", "Who reviews, recorded in each draft (default: the system user name).", "");

    /** Whether publish holds back a published draft edited since (status edited) until it is approved again. */
    public static final Setting<Boolean> PUBLISH_REQUIRE_REVIEW = Setting.bool(
            "publish.require-review",
            "--require-review",
            "Publish keeps the published page of a draft edited since until it is approved again.",
            false);

    public static final List<Setting<?>> ALL = List.of(
            DRAFTS,
            DRAFTS_MAX_SIZE,
            TOPICS_MAX_SIZE,
            LIBRARY,
            LIBRARY_FALLBACK,
            LIBRARY_MIN_RELEVANCE,
            PROVIDER,
            BASE_URL,
            MODEL,
            OUTLINE_MODEL,
            SECTION_MODEL,
            API_KEY_FILE,
            TEMPERATURE,
            MAX_OUTPUT_TOKENS,
            TIMEOUT,
            RETRIES,
            REPAIRS,
            CONCURRENCY,
            REQUESTS_PER_MINUTE,
            TOKENS_PER_MINUTE,
            MAX_ANSWER_SIZE,
            CONTEXT_TOKENS,
            STRUCTURED_OUTPUT,
            SEED,
            PRICE_INPUT,
            PRICE_OUTPUT,
            SOURCES_CROSSREF_URL,
            SOURCES_ARXIV_URL,
            SOURCES_MAILTO,
            SOURCES_CONCURRENCY,
            SOURCES_TIMEOUT,
            SOURCES_RECHECK_AFTER,
            SOURCES_ALLOW_PRIVATE_ADDRESSES,
            SOURCES_VERIFY,
            SITE,
            SITE_BASE_URL,
            SITE_TITLE,
            SITE_LANGUAGE,
            SITE_AUTHOR,
            SITE_PUBLISHER,
            SITE_CTA_TEXT,
            SITE_CTA_LINK,
            SITE_LEGAL_LINK,
            SITE_DEFAULT_LANGUAGE_AT_ROOT,
            SITE_DESCRIPTION,
            PUBLISH_REQUIRE_REVIEW,
            REVIEWER);

    /** Keys that must never be in seogen.yaml, with what to do instead. */
    public static final Map<String, String> FORBIDDEN = Map.of(
            "llm.api-key",
            "an API key never goes in seogen.yaml, which ends up in git; set SEOGEN_LLM_API_KEY, or put the key in a"
                    + " file of its own and name it in llm.api-key-file");

    private Settings() {}

    public static List<String> keys() {
        return ALL.stream().map(Setting::key).toList();
    }
}
