package dev.seogen.core.review;

import java.util.Optional;
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
     * The language {@code text} is detectably written in, as an ISO 639-1 code; empty when the detector
     * cannot tell it clearly from the others it knows.
     */
    Optional<String> detect(String text);
}
