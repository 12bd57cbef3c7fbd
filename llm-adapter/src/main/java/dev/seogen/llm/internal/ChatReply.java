package dev.seogen.llm.internal;

import dev.seogen.core.article.TokenUsage;

/**
 * A model's answer as text, before it is parsed: whether the output limit cut it off, the tokens used, the
 * model that answered, and whether it came from the cache.
 */
public record ChatReply(String text, boolean truncated, TokenUsage usage, String model, boolean cached) {
    /** The same answer with every occurrence of the key taken out of its text. */
    public ChatReply redacted(dev.seogen.llm.ApiKey key) {
        String clean = key.redact(text);
        return clean.equals(text) ? this : new ChatReply(clean, truncated, usage, model, cached);
    }

    public ChatReply asCached() {
        return new ChatReply(text, truncated, usage, model, true);
    }
}
