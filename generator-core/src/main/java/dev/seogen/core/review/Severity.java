package dev.seogen.core.review;

import java.util.Locale;

/** How much a finding matters: an error blocks approval (unless forced); a warning and a note do not. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
