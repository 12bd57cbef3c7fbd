package dev.seogen.core.review;

import java.util.Map;
import java.util.Set;

/**
 * Tells which language a text is written in, for lint rule {@code language}. Implemented outside the core
 * (seogen's own is a detector library in the {@code language-check} module) and given to the {@link Linter}.
 * Thread-safe: drafts are linted on every core.
 */
public interface LanguageDetector {
    /** The languages it tells apart, as ISO 639-1 codes ({@code en}, {@code fr}). */
    Set<String> languages();

    /**
     * How likely {@code text} is in each language it knows, from 0 to 1 (together at most 1), by ISO 639-1
     * code; empty when it cannot tell at all.
     */
    Map<String, Double> likelihoods(String text);
}
