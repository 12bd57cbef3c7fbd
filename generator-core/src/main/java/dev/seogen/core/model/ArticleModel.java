package dev.seogen.core.model;

import dev.seogen.core.article.Section;
import java.util.List;

/**
 * The three questions seogen asks a model for each article, and the two it asks to translate one. Implementations are thread-safe, bound their
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

    /**
     * Section {@code index} (from 0) of the request's approved article, in the topic's language, with the
     * same sub-sections and citations. A model that cannot translate says so for each article.
     */
    default Answer<TranslatedSection> translateSection(TranslationRequest request, int index) {
        throw new ModelException(provider() + " does not translate articles; generate the version from its topic");
    }

    /**
     * The title, meta description, intro and summary of the request's article, in the topic's language, once
     * its sections are translated ({@code translated}).
     */
    default Answer<TranslatedFrame> translateFrame(TranslationRequest request, List<Section> translated) {
        throw new ModelException(provider() + " does not translate articles; generate the version from its topic");
    }
}
