package dev.seogen.core.source;

import java.util.Locale;
import java.util.Optional;

/** How a source was checked, as the front matter's {@code check: how} names it. */
public enum CheckMethod {
    /** Its DOI, against Crossref's works API. */
    DOI,
    /** Its arXiv id, against the arXiv API. */
    ARXIV,
    /** Its URL, by an HTTP request. */
    URL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CheckMethod> fromKey(String key) {
        for (CheckMethod method : values()) {
            if (method.key().equals(key)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
