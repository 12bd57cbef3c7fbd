package dev.seogen.llm.internal;

import dev.seogen.core.article.TokenUsage;

/**
 * A model's answer as text, before it is parsed: whether the output limit cut it off, the tokens used, the
 * model that answered, whether it came from the cache, and how many HTTP tries it took (failed ones included).
 */
public record ChatReply(String text, boolean truncated, TokenUsage usage, String model, boolean cached, int tries) {
    public ChatReply(String text, boolean truncated, TokenUsage usage, String model, boolean cached) {
        this(text, truncated, usage, model, cached, cached ? 0 : 1);
    }

    /** The same answer with every occurrence of the key taken out of its text. */
    public ChatReply redacted(dev.seogen.llm.ApiKey key) {
        String clean = key.redact(text);
        return clean.equals(text) ? this : new ChatReply(clean, truncated, usage, model, cached, tries);
    }

    public ChatReply asCached() {
        return new ChatReply(text, truncated, usage, model, true, 0);
    }

    /** The same answer, reached after {@code tries} HTTP tries. */
    public ChatReply afterTries(int tries) {
        return new ChatReply(text, truncated, usage, model, cached, tries);
    }
}
