package dev.seogen.core.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a draft stands: {@code draft → approved | rejected → published}. */
public enum ReviewStatus {
    DRAFT,
    APPROVED,
    REJECTED,
    PUBLISHED;

    /** The spelling used in front matter and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus parse(String label) {
        for (ReviewStatus status : values()) {
            if (status.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a status; use one of "
                + Arrays.stream(values()).map(ReviewStatus::label).collect(Collectors.joining(", ")));
    }
}
