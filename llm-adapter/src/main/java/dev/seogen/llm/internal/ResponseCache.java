package dev.seogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.core.Sha256;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.storage.AtomicFile;
import dev.seogen.llm.LlmConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Answers on disk, keyed by everything that determines them (provider, base URL, model, messages, schema,
 * structured-output mode, temperature, output limit, seed), so that running the same batch again costs nothing. One JSON file an answer,
 * written atomically; a file that does not read is a miss, never an error. The API key is not part of the
 * key and is never written.
 */
public final class ResponseCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final LlmConfig config;

    public ResponseCache(Path folder, LlmConfig config) {
        this.folder = folder;
        this.config = config;
    }

    public Optional<ChatReply> get(ChatCall call) {
        Path file = fileOf(key(call));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return Optional.of(new ChatReply(
                    node.get("text").asText(),
                    node.get("truncated").asBoolean(),
                    new TokenUsage(
                            node.get("input_tokens").asLong(),
                            node.get("output_tokens").asLong()),
                    node.get("model").asText(),
                    true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(ChatCall call, ChatReply reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", reply.model());
        node.put("truncated", reply.truncated());
        node.put("input_tokens", reply.usage().input());
        node.put("output_tokens", reply.usage().output());
        node.put("text", reply.text());
        try {
            AtomicFile.write(
                    fileOf(key(call)), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a cached answer: " + e.getMessage(), e);
        }
    }

    public void forget(ChatCall call) {
        try {
            Files.deleteIfExists(fileOf(key(call)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + fileOf(key(call)) + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a canonical JSON of everything that determines the answer. */
    String key(ChatCall call) {
        ObjectNode request = JSON.createObjectNode();
        request.put("provider", config.provider().label());
        request.put("base_url", config.baseUrl());
        request.put("model", call.model());
        request.put("schema", call.schema().id());
        request.put("schema_text", call.schema().text(config));
        request.put("structured_output", call.mode().label());
        request.put("temperature", config.temperature());
        request.put("max_output_tokens", call.maxOutputTokens());
        if (config.seed() != null && config.provider() != dev.seogen.llm.Provider.ANTHROPIC) {
            request.put("seed", config.seed());
        }
        ArrayNode messages = request.putArray("messages");
        for (Message message : call.messages()) {
            messages.addObject().put("role", message.role().name()).put("text", message.text());
        }
        try {
            return HexFormat.of().formatHex(Sha256.of(JSON.writeValueAsBytes(request)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot compute a cache key", e);
        }
    }

    private Path fileOf(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
