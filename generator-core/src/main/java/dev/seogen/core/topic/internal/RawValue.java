package dev.seogen.core.topic.internal;

import java.util.List;

/**
 * A field as a topic file gave it, before validation: a text or a list of texts, and its line. A value the
 * parser already reported as wrong is {@code reported}, so that it is not reported again as missing.
 */
public record RawValue(int line, String text, List<String> items, boolean isList, boolean reported) {
    public RawValue {
        items = List.copyOf(items);
    }

    static RawValue text(int line, String text) {
        return new RawValue(line, text, List.of(), false, false);
    }

    static RawValue list(int line, List<String> items) {
        return new RawValue(line, "", items, true, false);
    }

    static RawValue reported(int line) {
        return new RawValue(line, "", List.of(), false, true);
    }
}
