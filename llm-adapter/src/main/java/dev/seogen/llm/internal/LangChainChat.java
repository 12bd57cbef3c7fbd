package dev.seogen.llm.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.seogen.llm.LlmConfig;
import dev.seogen.llm.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Chat} over LangChain4j's OpenAI and Anthropic models, with LangChain4j's own retries off: the
 * {@link ResilientChat} around it retries, because LangChain4j ignores {@code Retry-After}.
 */
public final class LangChainChat implements Chat {
    private final LlmConfig config;
    private final HttpTransportBuilder transport;
    private final Map<String, ChatModel> models = new ConcurrentHashMap<>();

    public LangChainChat(LlmConfig config, HttpTransport transport) {
        this.config = config;
        this.transport = new HttpTransportBuilder(transport, config.timeout());
    }

    @Override
    public ChatReply send(ChatCall call) {
        ChatModel model = models.computeIfAbsent(call.model(), this::build);
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(
                        call.messages().stream().map(LangChainChat::toLangChain).toList())
                .temperature(config.temperature())
                .maxOutputTokens(call.maxOutputTokens());
        ResponseFormat format = format(call);
        if (format != null) {
            request.responseFormat(format);
        }
        ChatResponse response = model.chat(request.build());
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        TokenUsage usage = response.tokenUsage();
        return new ChatReply(
                text == null ? "" : text,
                response.finishReason() == FinishReason.LENGTH,
                new dev.seogen.core.article.TokenUsage(count(usage, true), count(usage, false)),
                response.modelName() == null ? call.model() : response.modelName(),
                false);
    }

    /** json_schema: the schema; json_object: any JSON (Anthropic has no such mode: the prompt alone); prompt: none. */
    private @Nullable ResponseFormat format(ChatCall call) {
        return switch (call.mode()) {
            case JSON_SCHEMA ->
                ResponseFormat.builder()
                        .type(ResponseFormatType.JSON)
                        .jsonSchema(call.schema().forEndpoint(config))
                        .build();
            case JSON_OBJECT -> config.provider() == Provider.ANTHROPIC ? null : ResponseFormat.JSON;
            case PROMPT -> null;
        };
    }

    private ChatModel build(String modelName) {
        return switch (config.provider()) {
            case OPENAI ->
                OpenAiChatModel.builder()
                        .httpClientBuilder(transport)
                        .baseUrl(config.baseUrl())
                        .apiKey(config.apiKey().isPresent() ? config.apiKey().reveal() : null)
                        .modelName(modelName)
                        .strictJsonSchema(true)
                        .seed(config.seed()) // Anthropic takes none
                        .maxRetries(0)
                        .timeout(config.timeout())
                        .build();
            case ANTHROPIC ->
                AnthropicChatModel.builder()
                        .httpClientBuilder(transport)
                        .baseUrl(config.baseUrl())
                        .apiKey(config.apiKey().reveal())
                        .modelName(modelName)
                        .maxTokens(config.maxOutputTokens())
                        .maxRetries(0)
                        .timeout(config.timeout())
                        .build();
        };
    }

    private static ChatMessage toLangChain(Message message) {
        return switch (message.role()) {
            case SYSTEM -> SystemMessage.from(message.text());
            case USER -> UserMessage.from(message.text());
            case ASSISTANT -> AiMessage.from(message.text());
        };
    }

    private static long count(TokenUsage usage, boolean input) {
        if (usage == null) {
            return 0;
        }
        Integer count = input ? usage.inputTokenCount() : usage.outputTokenCount();
        return count == null ? 0 : count;
    }
}
