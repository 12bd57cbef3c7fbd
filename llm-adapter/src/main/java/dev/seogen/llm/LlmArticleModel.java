package dev.seogen.llm;

import dev.seogen.core.model.Answer;
import dev.seogen.core.model.ArticleModel;
import dev.seogen.core.model.Outline;
import dev.seogen.core.model.OutlineRequest;
import dev.seogen.core.model.SectionRequest;
import dev.seogen.core.model.SectionText;
import dev.seogen.core.model.Wrapup;
import dev.seogen.core.model.WrapupRequest;
import dev.seogen.llm.internal.AnswerParser;
import dev.seogen.llm.internal.Chat;
import dev.seogen.llm.internal.HttpTransport;
import dev.seogen.llm.internal.LangChainChat;
import dev.seogen.llm.internal.Message;
import dev.seogen.llm.internal.Prompts;
import dev.seogen.llm.internal.RateLimiter;
import dev.seogen.llm.internal.ResilientChat;
import dev.seogen.llm.internal.ResponseCache;
import dev.seogen.llm.internal.StepSchema;
import dev.seogen.llm.internal.StructuredStep;
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

    /**
     * @param log where requests are logged with {@code --verbose} (the API key never appears); a no-op otherwise
     */
    public LlmArticleModel(LlmConfig config, Ticker ticker, Consumer<String> log) {
        this.config = config;
        RateLimiter limiter = new RateLimiter(config.requestsPerMinute(), config.tokensPerMinute(), ticker);
        HttpTransport transport =
                new HttpTransport(config.timeout(), config.maxAnswerBytes(), config.apiKey(), log, limiter::observe);
        Chat client = new LangChainChat(config, transport);
        ResponseCache cache = config.cacheFolder() == null ? null : new ResponseCache(config.cacheFolder(), config);
        this.chat = new ResilientChat(client, config, cache, limiter);
        this.step = new StructuredStep(chat, prompts, config.prices(), config.repairs());
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
                String.valueOf(config.maxOutputTokens()));
    }

    @Override
    public Answer<Outline> outline(OutlineRequest request) {
        return step.ask(
                "outline",
                config.outlineModel(),
                List.of(
                        Message.system(prompts.system(request.topic())),
                        Message.user(prompts.outline(request.topic(), request.refusedSources()))),
                StepSchema.OUTLINE,
                parser::outline,
                Outline::problems);
    }

    @Override
    public Answer<SectionText> section(SectionRequest request) {
        return step.ask(
                "section " + (request.index() + 1),
                config.sectionModel(),
                List.of(Message.system(prompts.system(request.topic())), Message.user(prompts.section(request))),
                StepSchema.SECTION,
                parser::section,
                text -> text.problems(request.sources()));
    }

    @Override
    public Answer<Wrapup> wrapup(WrapupRequest request) {
        return step.ask(
                "intro and summary",
                config.sectionModel(),
                List.of(Message.system(prompts.system(request.topic())), Message.user(prompts.wrapup(request))),
                StepSchema.WRAPUP,
                parser::wrapup,
                Wrapup::problems);
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
