package dev.seogen.llm;

import dev.seogen.core.article.Section;
import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.TranslatedFrame;
import dev.seogen.core.model.TranslatedSection;
import dev.seogen.core.model.TranslationRequest;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.model.WrapupRequest;
import dev.seogen.llm.internal.AnswerParser;
import dev.seogen.llm.internal.Chat;
import dev.seogen.llm.internal.ContextWindow;
import dev.seogen.llm.internal.HttpTransport;
import dev.seogen.llm.internal.LangChainChat;
import dev.seogen.llm.internal.Message;
import dev.seogen.llm.internal.OutputModes;
import dev.seogen.llm.internal.Prompts;
import dev.seogen.llm.internal.RateLimiter;
import dev.seogen.llm.internal.ResilientChat;
import dev.seogen.llm.internal.ResponseCache;
import dev.seogen.llm.internal.StepSchema;
import dev.seogen.llm.internal.StructuredStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The core's {@link ArticleModel} over a real endpoint: OpenAI-compatible or Anthropic, through LangChain4j,
 * with structured output, repairs of broken answers, retries, rate limits, bounded concurrency and a
 * response cache on disk. Thread-safe; one instance serves a whole batch.
 */
public final class LlmArticleModel implements ArticleModel {
    private final LlmConfig config;
    private final Prompts prompts = new Prompts();
    private final AnswerParser parser = new AnswerParser();
    private final ResilientChat chat;
    private final StructuredStep step;
    private final ContextWindow context;
    private final OutputModes modes;

    /** Output tokens an outline may take: 8 sources and 6 sections of JSON, with room to spare. */
    static final int OUTLINE_TOKENS = 1536;
    /** Output tokens the intro and summary may take (60 to 110 and 50 to 100 words, in JSON). */
    static final int WRAPUP_TOKENS = 1024;
    /** Tokens a section's JSON, sub-headings and Markdown add to its words. */
    static final int SECTION_OVERHEAD = 512;
    /** Tokens a word may take: about 1.3 in English, more in other languages and JSON escapes. */
    static final int TOKENS_PER_WORD = 2;

    /**
     * @param log where requests are logged with {@code --verbose} (the API key never appears); a no-op otherwise
     */
    public LlmArticleModel(LlmConfig config, Ticker ticker, Consumer<String> log) {
        this(config, ticker, log, line -> {});
    }

    /**
     * @param log where requests are logged with {@code --verbose} (the API key never appears); a no-op otherwise
     * @param notices where a long wait for a rate limit is said, verbose or not
     */
    public LlmArticleModel(LlmConfig config, Ticker ticker, Consumer<String> log, Consumer<String> notices) {
        this.config = config;
        RateLimiter limiter = new RateLimiter(config.requestsPerMinute(), config.tokensPerMinute(), ticker);
        limiter.tellLongWaitsTo(notices);
        HttpTransport transport =
                new HttpTransport(config.timeout(), config.maxAnswerBytes(), config.apiKey(), log, limiter::observe);
        Chat client = new LangChainChat(config, transport);
        ResponseCache cache = config.cacheFolder() == null ? null : new ResponseCache(config.cacheFolder(), config);
        Duration probeDeadline = config.timeout().compareTo(PROBE_DEADLINE) < 0 ? config.timeout() : PROBE_DEADLINE;
        HttpTransport probe = new HttpTransport(probeDeadline, 1_000_000, config.apiKey(), log, headers -> {});
        this.context = new ContextWindow(config, probe, log);
        this.modes = new OutputModes(config.structuredOutput(), log);
        this.chat = new ResilientChat(client, config, cache, limiter, context, log);
        this.step = new StructuredStep(chat, prompts, config, context, modes);
    }

    /** The longest seogen waits for a server to say its context. */
    private static final Duration PROBE_DEADLINE = Duration.ofSeconds(10);

    /**
     * What the run learned of the endpoint, for its summary and report: the context and where it came from, and
     * the structured-output mode when the server made seogen change it.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (context.isResolved()) {
            notes.add("context: " + context.describe());
        }
        String change = modes.change();
        if (change != null) {
            notes.add(change);
        }
        return notes;
    }

    @Override
    public String provider() {
        return config.provider().label();
    }

    @Override
    public String fingerprint() {
        return String.join(
                " ",
                config.provider().label(),
                config.baseUrl(),
                config.outlineModel(),
                config.sectionModel(),
                String.valueOf(config.temperature()),
                String.valueOf(config.maxOutputTokens()),
                config.structuredOutput().label(),
                String.valueOf(config.seed()));
    }

    @Override
    public Answer<Outline> outline(OutlineRequest request) {
        if (request.grounded()) {
            return step.ask(
                    "outline",
                    config.outlineModel(),
                    List.of(
                            Message.system(prompts.system(request.topic())),
                            Message.user(prompts.groundedOutline(request))),
                    StepSchema.GROUNDED_OUTLINE,
                    OUTLINE_TOKENS,
                    parser::groundedOutline,
                    request::problems);
        }
        return step.ask(
                "outline",
                config.outlineModel(),
                List.of(
                        Message.system(prompts.system(request.topic())),
                        Message.user(prompts.outline(request.topic(), request.refusedSources()))),
                StepSchema.OUTLINE,
                OUTLINE_TOKENS,
                parser::outline,
                request::problems);
    }

    @Override
    public Answer<SectionText> section(SectionRequest request) {
        return step.ask(
                "section " + (request.index() + 1),
                config.sectionModel(),
                List.of(Message.system(prompts.system(request.topic())), Message.user(prompts.section(request))),
                StepSchema.SECTION,
                Prompts.sectionWords(request) * TOKENS_PER_WORD + SECTION_OVERHEAD,
                parser::section,
                request::problems);
    }

    @Override
    public Answer<Wrapup> wrapup(WrapupRequest request) {
        return step.ask(
                "intro and summary",
                config.sectionModel(),
                List.of(Message.system(prompts.system(request.topic())), Message.user(prompts.wrapup(request))),
                StepSchema.WRAPUP,
                WRAPUP_TOKENS,
                parser::wrapup,
                Wrapup::problems);
    }

    @Override
    public Answer<TranslatedSection> translateSection(TranslationRequest request, int index) {
        Section original = request.source().sections().get(index);
        return step.ask(
                "translation of section " + (index + 1),
                config.sectionModel(),
                List.of(
                        Message.system(prompts.system(request.topic())),
                        Message.user(prompts.translateSection(request, index))),
                StepSchema.TRANSLATED_SECTION,
                words(original) * TOKENS_PER_WORD + SECTION_OVERHEAD,
                parser::translatedSection,
                translated -> translated.problems(original));
    }

    @Override
    public Answer<TranslatedFrame> translateFrame(TranslationRequest request, List<Section> translated) {
        return step.ask(
                "translation of the title, intro and summary",
                config.sectionModel(),
                List.of(
                        Message.system(prompts.system(request.topic())),
                        Message.user(prompts.translateFrame(request, translated))),
                StepSchema.TRANSLATED_FRAME,
                WRAPUP_TOKENS,
                parser::translatedFrame,
                TranslatedFrame::problems);
    }

    /** The words of a section and its sub-sections, which its translation's length follows. */
    private static int words(Section section) {
        int words = section.body().split("\\s+").length + section.heading().split("\\s+").length;
        for (Section sub : section.subsections()) {
            words += sub.body().split("\\s+").length + sub.heading().split("\\s+").length;
        }
        return words;
    }

    /**
     * How many control characters, unpaired surrogates and non-characters were removed from model text so far
     * (a NUL in a draft would make it unreadable), for the run's summary.
     */
    public long removedCharacters() {
        return parser.removedCharacters();
    }

    /** The retries' event stream, so that tests can check the waits. */
    io.github.resilience4j.retry.Retry retry() {
        return chat.retry();
    }
}
