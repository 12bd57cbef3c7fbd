package dev.seogen.sources.internal;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An HTTP answer: its status, its headers (names in lower case, first value) and, when read, its body. */
public record Reply(int status, Map<String, String> headers, String body) {
    public Reply {
        headers = Map.copyOf(headers);
    }

    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** arXiv's (and its CDN's) throttling answer, whatever its status. */
    public boolean rateExceeded() {
        return status == 429 || body.strip().equalsIgnoreCase("Rate exceeded.");
    }
}
