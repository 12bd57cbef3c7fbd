package dev.seogen.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The wire protocols seogen speaks, with the address and model used when none is configured. */
public enum Provider {
    /** OpenAI's chat completions, also spoken by Ollama ({@code /v1}), vLLM, LM Studio, llama.cpp and OpenRouter. */
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY"),
    /** Anthropic's Messages API. */
    ANTHROPIC("https://api.anthropic.com/v1", "claude-sonnet-4-5", "ANTHROPIC_API_KEY");

    private final String defaultBaseUrl;
    private final String defaultModel;
    private final String keyVariable;

    Provider(String defaultBaseUrl, String defaultModel, String keyVariable) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
        this.keyVariable = keyVariable;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** The provider's own environment variable for the key, read when {@code SEOGEN_LLM_API_KEY} is not set. */
    public String keyVariable() {
        return keyVariable;
    }

    public static Provider parse(String label) {
        for (Provider provider : values()) {
            if (provider.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a provider; use "
                + Arrays.stream(values()).map(Provider::label).collect(Collectors.joining(" or "))
                + " (openai also covers Ollama, vLLM, LM Studio, llama.cpp and OpenRouter)");
    }
}
