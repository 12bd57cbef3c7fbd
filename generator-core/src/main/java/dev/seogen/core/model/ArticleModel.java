package dev.seogen.core.model;

/**
 * The three questions seogen asks a model for each article. Implementations are thread-safe, bound their
 * own concurrency and rate, retry what is worth retrying, and throw {@link ModelException} for a step that
 * failed (the article fails, the batch goes on) or {@link ModelUnusableException} when no call can succeed.
 */
public interface ArticleModel {
    /** The provider's name, recorded in each draft ("openai", "anthropic"). */
    String provider();

    /**
     * Everything about the model that changes its answers (endpoint, models, temperature, limits), so that
     * work journaled under other settings is not reused.
     */
    String fingerprint();

    /** The plan of the article: title, description, sections and the sources each will cite. */
    Answer<Outline> outline(OutlineRequest request);

    /** One section of the outline, written and citing its planned sources as {@code [n]}. */
    Answer<SectionText> section(SectionRequest request);

    /** The intro and the summary, written from the finished sections. */
    Answer<Wrapup> wrapup(WrapupRequest request);
}
