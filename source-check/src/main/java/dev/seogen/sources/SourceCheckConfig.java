package dev.seogen.sources;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Everything the checker needs, resolved and validated by the command line.
 *
 * @param crossrefUrl {@code sources.crossref-url}, Crossref's REST API ({@code https://api.crossref.org})
 * @param arxivUrl {@code sources.arxiv-url}, the arXiv API ({@code https://export.arxiv.org/api})
 * @param mailto {@code sources.mailto}: sent to Crossref as its polite pool asks, or {@code null}
 * @param concurrency {@code sources.concurrency}: requests in flight at once, over all hosts (8)
 * @param timeout {@code sources.timeout}: to connect, and between two bytes of an answer (20 s)
 * @param recheckAfter {@code sources.recheck-after}: how long a cached result stands (30 days)
 * @param allowPrivateAddresses {@code sources.allow-private-addresses}: request hosts that resolve to
 *     loopback, private, link-local or multicast addresses (false)
 * @param perHostConcurrency requests in flight at once to one host (2)
 * @param hostSpacing the least time between the starts of two requests to one host (100 ms)
 * @param arxivSpacing the same for the arXiv API, which asks for one request every 3 seconds (3 s)
 * @param retries how many times a throttled (429, "Rate exceeded.") or failing (5xx) request is tried
 *     again (2)
 * @param maxRetryWait the longest Retry-After honoured; a longer one ends the check as unknown (60 s)
 * @param firstBackoff the wait before the first retry when no Retry-After is given, doubled after (1 s)
 * @param cacheFolder where results are cached ({@code .seogen/sources/}), or {@code null} for none
 * @param refresh ignore cached results ({@code --refresh}); new ones are still written
 */
public record SourceCheckConfig(
        String crossrefUrl,
        String arxivUrl,
        @Nullable String mailto,
        int concurrency,
        Duration timeout,
        Duration recheckAfter,
        boolean allowPrivateAddresses,
        int perHostConcurrency,
        Duration hostSpacing,
        Duration arxivSpacing,
        int retries,
        Duration maxRetryWait,
        Duration firstBackoff,
        @Nullable Path cacheFolder,
        boolean refresh) {
    public static final String DEFAULT_CROSSREF_URL = "https://api.crossref.org";
    public static final String DEFAULT_ARXIV_URL = "https://export.arxiv.org/api";

    public SourceCheckConfig {
        requireNonNull(crossrefUrl, "crossrefUrl");
        requireNonNull(arxivUrl, "arxivUrl");
        crossrefUrl = checkUrl(crossrefUrl, "sources.crossref-url");
        arxivUrl = checkUrl(arxivUrl, "sources.arxiv-url");
        positive(concurrency, "sources.concurrency");
        positive(perHostConcurrency, "the per-host concurrency");
        positive(timeout, "sources.timeout");
        positive(recheckAfter, "sources.recheck-after");
        notNegative(hostSpacing, "the per-host spacing");
        notNegative(arxivSpacing, "the arXiv spacing");
        notNegative(maxRetryWait, "the longest retry wait");
        notNegative(firstBackoff, "the first back-off");
        if (retries < 0) {
            throw new IllegalArgumentException("retries cannot be negative, got " + retries);
        }
        if (mailto != null && (mailto.isBlank() || mailto.chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
            throw new IllegalArgumentException(
                    "sources.mailto must be an e-mail address such as team@example.org, got '" + mailto + "'");
        }
    }

    /** The contract's defaults, without a cache. */
    public static SourceCheckConfig defaults() {
        return new SourceCheckConfig(
                DEFAULT_CROSSREF_URL,
                DEFAULT_ARXIV_URL,
                null,
                8,
                Duration.ofSeconds(20),
                Duration.ofDays(30),
                false,
                2,
                Duration.ofMillis(100),
                Duration.ofSeconds(3),
                2,
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                null,
                false);
    }

    public SourceCheckConfig withRegistries(String crossrefUrl, String arxivUrl) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    /** These settings with {@code sources.concurrency} and {@code sources.recheck-after}. */
    public SourceCheckConfig withLimits(int newConcurrency, Duration newRecheckAfter) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                newConcurrency,
                timeout,
                newRecheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    public SourceCheckConfig withAllowPrivateAddresses(boolean allow) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allow,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    public SourceCheckConfig withCache(@Nullable Path folder, boolean refresh) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                folder,
                refresh);
    }

    public SourceCheckConfig withMailto(@Nullable String mailto) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    public SourceCheckConfig withTimeout(Duration timeout) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    /** The politeness settings: overall and per-host concurrency, per-host and arXiv spacing. */
    public SourceCheckConfig withPoliteness(
            int concurrency, int perHostConcurrency, Duration hostSpacing, Duration arxivSpacing) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    public SourceCheckConfig withRetries(int retries, Duration maxRetryWait, Duration firstBackoff) {
        return new SourceCheckConfig(
                crossrefUrl,
                arxivUrl,
                mailto,
                concurrency,
                timeout,
                recheckAfter,
                allowPrivateAddresses,
                perHostConcurrency,
                hostSpacing,
                arxivSpacing,
                retries,
                maxRetryWait,
                firstBackoff,
                cacheFolder,
                refresh);
    }

    private static String checkUrl(String url, String setting) {
        String problem = setting + " must be an http:// or https:// address such as " + DEFAULT_CROSSREF_URL + ", got '"
                + url + "'";
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(problem);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, got " + value);
        }
    }

    private static void positive(Duration value, String name) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    private static void notNegative(Duration value, String name) {
        requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative, got " + value);
        }
    }
}
