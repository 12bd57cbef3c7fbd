package dev.seogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's refusal of a prompt longer than the model's context, read from the body of its 400: llama.cpp's
 * {@code exceed_context_size_error} (with {@code n_prompt_tokens} and {@code n_ctx}), OpenAI's
 * {@code context_length_exceeded}, vLLM's "maximum context length is N tokens. However, you requested M
 * tokens" and Ollama's "the input length exceeds the context length". It fails that step of that article: no
 * retry helps, but the next article, with a shorter prompt, may fit.
 *
 * @param promptTokens the prompt's tokens as the server counted them, or -1 when it did not say
 * @param contextTokens the model's context as the server gave it, or -1 when it did not say
 * @param answerTokens the output tokens the request asked for, when the server says they are what overflowed,
 *     else -1
 */
public record ContextOverflow(long promptTokens, long contextTokens, long answerTokens) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MAXIMUM = Pattern.compile("maximum context length is (\\d+) tokens");
    private static final Pattern RESULTED = Pattern.compile("messages resulted in (\\d+) tokens");
    private static final Pattern REQUESTED = Pattern.compile("requested (\\d+) tokens \\((\\d+) in the messages");
    private static final Pattern HAS_INPUT = Pattern.compile("request has (\\d+) input tokens");
    private static final Pattern PROMPT_ONLY = Pattern.compile("requested (\\d+) tokens");
    private static final Pattern COMPLETION = Pattern.compile("(\\d+) in the completion");
    private static final Pattern TOO_LARGE = Pattern.compile("is too large: (\\d+)");

    /** The overflow a refusal describes, or empty when the body is about something else. */
    public static Optional<ContextOverflow> of(int status, String body) {
        if (status != 400 && status != 413 && !body.contains("exceed_context_size_error")) {
            return Optional.empty(); // llama.cpp once sent this type with a 500
        }
        String text = body.toLowerCase(Locale.ROOT);
        if (text.contains("exceed_context_size_error") || text.contains("exceeds the available context size")) {
            return Optional.of(llamaCpp(body));
        }
        if (text.contains("context_length_exceeded") || text.contains("maximum context length is")) {
            long answer = Math.max(number(COMPLETION, body, 1), number(TOO_LARGE, body, 1));
            return Optional.of(new ContextOverflow(promptOf(body), number(MAXIMUM, body, 1), answer));
        }
        if (text.contains("input length exceeds the context length")
                || text.contains("exceeds the context length")
                || text.contains("exceeds context length")) {
            return Optional.of(new ContextOverflow(-1, -1, -1));
        }
        return Optional.empty();
    }

    /**
     * What the user reads: "the prompt (N tokens) does not fit the model's context (M); lower words or raise the
     * server's context", with seogen's own estimate and knowledge where the server gave no numbers.
     */
    public String message(long estimatedPrompt, long knownContext) {
        String prompt = promptTokens > 0
                ? String.format(Locale.ROOT, "%,d tokens", promptTokens)
                : String.format(Locale.ROOT, "about %,d tokens", estimatedPrompt);
        long context = contextTokens > 0 ? contextTokens : knownContext;
        String window = context > 0 ? String.format(Locale.ROOT, "%,d", context) : "size not given";
        if (answerTokens > 0 && promptTokens > 0 && (context <= 0 || promptTokens < context)) {
            return String.format(
                    Locale.ROOT,
                    "the prompt (%s) leaves no room for the %,d output tokens asked in the model's context (%s);"
                            + " lower llm.max-output-tokens or words, or raise the server's context",
                    prompt,
                    answerTokens,
                    window);
        }
        return "the prompt (" + prompt + ") does not fit the model's context (" + window
                + "); lower words or raise the server's context (llm.context-tokens tells seogen its size)";
    }

    private static ContextOverflow llamaCpp(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return new ContextOverflow(
                    error.path("n_prompt_tokens").asLong(-1),
                    error.path("n_ctx").asLong(-1),
                    -1);
        } catch (IOException e) {
            return new ContextOverflow(-1, -1, -1);
        }
    }

    /** The prompt's tokens: "resulted in P", "requested M tokens (P in the messages", "has P input tokens". */
    private static long promptOf(String body) {
        long resulted = number(RESULTED, body, 1);
        if (resulted > 0) {
            return resulted;
        }
        long inMessages = number(REQUESTED, body, 2);
        if (inMessages > 0) {
            return inMessages;
        }
        long input = number(HAS_INPUT, body, 1);
        return input > 0 ? input : number(PROMPT_ONLY, body, 1);
    }

    private static long number(Pattern pattern, String body, int group) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(group)) : -1;
    }
}
