package dev.seogen.core.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a run did: each article's outcome in list order, the articles it did not get to, why it stopped
 * early if it did, and the totals. Saved as {@code .seogen/runs/<time>.json}.
 *
 * @param stoppedBecause why the run stopped before the end (the model endpoint cannot be used, or it was
 *     cancelled), or null when it went through the list
 * @param removedCharacters control characters and the like removed from model text
 * @param notes what the run learned of the endpoint (its context, a structured-output mode it chose)
 */
public record RunReport(
        Instant started,
        Instant finished,
        List<ArticleOutcome> outcomes,
        int notStarted,
        @Nullable String stoppedBecause,
        boolean modelUnusable,
        long removedCharacters,
        List<String> notes) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public RunReport {
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    public RunReport(
            Instant started,
            Instant finished,
            List<ArticleOutcome> outcomes,
            int notStarted,
            @Nullable String stoppedBecause,
            boolean modelUnusable) {
        this(started, finished, outcomes, notStarted, stoppedBecause, modelUnusable, 0, List.of());
    }

    /** The same report with what the model adapter counted and learned. */
    public RunReport withModel(long removedCharacters, List<String> notes) {
        return new RunReport(
                started, finished, outcomes, notStarted, stoppedBecause, modelUnusable, removedCharacters, notes);
    }

    /** Answers replayed from the response cache: no call, no token paid for them in this run. */
    public int fromCache() {
        return outcomes.stream().mapToInt(ArticleOutcome::fromCache).sum();
    }

    public long count(ArticleOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public int calls() {
        return outcomes.stream().mapToInt(ArticleOutcome::calls).sum();
    }

    public TokenUsage usage() {
        return outcomes.stream().map(ArticleOutcome::usage).reduce(TokenUsage.NONE, TokenUsage::plus);
    }

    public BigDecimal cost() {
        return outcomes.stream().map(ArticleOutcome::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<ArticleOutcome> failures() {
        return outcomes.stream()
                .filter(o -> o.status() == ArticleOutcome.Status.FAILED)
                .toList();
    }

    public Duration time() {
        return Duration.between(started, finished);
    }

    /** Writes the report as JSON, atomically. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("started_at", started.toString());
        root.put("finished_at", finished.toString());
        root.put("seconds", time().toMillis() / 1000.0);
        root.put("generated", count(ArticleOutcome.Status.GENERATED));
        root.put("skipped", count(ArticleOutcome.Status.SKIPPED));
        root.put("failed", count(ArticleOutcome.Status.FAILED));
        root.put("not_started", notStarted);
        if (stoppedBecause != null) {
            root.put("stopped_because", stoppedBecause);
        }
        root.put("calls", calls());
        root.put("from_cache", fromCache());
        root.put("input_tokens", usage().input());
        root.put("output_tokens", usage().output());
        root.put("cost", cost());
        root.put("removed_characters", removedCharacters);
        ArrayNode noted = root.putArray("notes");
        notes.forEach(noted::add);
        ArrayNode articles = root.putArray("articles");
        for (ArticleOutcome outcome : outcomes) {
            ObjectNode article = articles.addObject();
            article.put("category", outcome.planned().topic().category());
            article.put("question", outcome.planned().topic().question());
            article.put("draft", outcome.planned().draftPath());
            article.put("outcome", outcome.status().name().toLowerCase(Locale.ROOT));
            article.put("calls", outcome.calls());
            article.put("from_cache", outcome.fromCache());
            article.put("input_tokens", outcome.usage().input());
            article.put("output_tokens", outcome.usage().output());
            article.put("cost", outcome.cost());
            article.put("seconds", outcome.time().toMillis() / 1000.0);
            if (outcome.failedStep() != null) {
                article.put("failed_step", outcome.failedStep());
            }
            if (outcome.reason() != null) {
                article.put("reason", outcome.reason());
            }
        }
        try {
            AtomicFile.write(file, JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report " + file + ": " + e.getMessage(), e);
        }
    }
}
