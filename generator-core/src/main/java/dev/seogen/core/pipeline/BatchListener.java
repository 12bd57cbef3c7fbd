package dev.seogen.core.pipeline;

/** Hears how a batch goes, for a progress bar or log lines. Called from worker threads: implementations are thread-safe. */
public interface BatchListener {
    /** The batch starts with {@code total} articles to look at. */
    void started(int total);

    /** One article is done, whatever its outcome. */
    void finished(ArticleOutcome outcome);

    /** The batch ended (all done, or stopped). */
    default void ended() {}

    BatchListener NONE = new BatchListener() {
        @Override
        public void started(int total) {}

        @Override
        public void finished(ArticleOutcome outcome) {}
    };
}
