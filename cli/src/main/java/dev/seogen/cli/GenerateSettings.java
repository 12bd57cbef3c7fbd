package dev.seogen.cli;

import static java.util.Objects.requireNonNull;

import dev.seogen.core.topic.Shard;
import dev.seogen.llm.LlmConfig;
import dev.seogen.sources.SourceCheckConfig;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code seogen generate} runs with, resolved once from flags, environment, seogen.yaml and
 * defaults, and validated before any work starts.
 *
 * @param shown one line per setting with where its value came from (the API key's origin, never the key)
 */
record GenerateSettings(
        Path topics,
        Path drafts,
        Path stateFolder,
        long draftsMaxSize,
        long topicsMaxSize,
        @Nullable SourceCheckConfig sources,
        @Nullable LibraryChoice library,
        LlmConfig llm,
        @Nullable Integer limit,
        @Nullable String only,
        Shard shard,
        boolean dryRun,
        boolean force,
        boolean verbose,
        List<String> shown) {
    /**
     * The reference library every article is written from: its folder, where its index lives, whether a topic
     * it has nothing on is written from the model alone, and the relevance floor.
     */
    record LibraryChoice(Path folder, Path index, boolean fallbackToModel, double minRelevance) {}

    GenerateSettings {
        requireNonNull(topics, "topics");
        requireNonNull(drafts, "drafts");
        requireNonNull(stateFolder, "stateFolder");
        requireNonNull(llm, "llm");
        shown = List.copyOf(shown);
    }
}
