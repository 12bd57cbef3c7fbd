package dev.seogen.sources.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a URL answers: HEAD, then GET when HEAD is refused (405, 501, 403); redirects followed by hand, at
 * most five, each hop's host resolved, checked against the address policy and pinned before it is asked.
 */
public final class UrlProbe {
    public static final int MAX_REDIRECTS = 5;

    private final Http http;
    private final PinnedDns dns;
    private final boolean allowPrivateAddresses;
    private final Map<String, String> headers;
    private final Duration spacing;
    private final Duration timeout;
    private final Clock clock;

    public UrlProbe(
            Http http,
            PinnedDns dns,
            boolean allowPrivateAddresses,
            String userAgent,
            Duration spacing,
            Duration timeout,
            Clock clock) {
        this.http = http;
        this.dns = dns;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.headers = Map.of(
                "User-Agent", userAgent, "Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
        this.spacing = spacing;
        this.timeout = timeout;
        this.clock = clock;
    }

    public Lookup lookup(String url) throws InterruptedException {
        URI current;
        try {
            current = new URI(url.strip());
        } catch (URISyntaxException e) {
            return lookup(Lookup.Outcome.DEAD, "'" + url + "' is not a URL: " + e.getReason(), null);
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<Lookup> refused = refuse(current);
            if (refused.isPresent()) {
                return refused.get();
            }
            Reply reply;
            try {
                reply = http.send("HEAD", current, headers, spacing, false);
                if (reply.status() == 405 || reply.status() == 501 || reply.status() == 403) {
                    reply = http.send("GET", current, headers, spacing, false);
                }
            } catch (HttpFailure e) {
                return switch (e.kind()) {
                    case NO_HOST -> lookup(Lookup.Outcome.NO_HOST, e.getMessage(), null);
                    case TIMEOUT ->
                        lookup(
                                Lookup.Outcome.UNKNOWN,
                                "no answer from " + current.getHost() + " within " + timeout.toSeconds() + " s",
                                null);
                    case CONNECTION -> lookup(Lookup.Outcome.UNKNOWN, e.getMessage(), null);
                };
            }
            int status = reply.status();
            if (status >= 300 && status < 400 && status != 304) {
                String location = reply.header("Location");
                if (location == null) {
                    return lookup(Lookup.Outcome.UNKNOWN, "HTTP " + status + " without a Location", null);
                }
                try {
                    current = current.resolve(new URI(location.strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return lookup(
                            Lookup.Outcome.UNKNOWN,
                            "HTTP " + status + " to a malformed Location '" + location + "'",
                            null);
                }
                continue;
            }
            return verdict(reply, current);
        }
        return lookup(
                Lookup.Outcome.UNKNOWN,
                "more than " + MAX_REDIRECTS + " redirects (the last to " + current + ")",
                null);
    }

    private Lookup verdict(Reply reply, URI at) {
        int status = reply.status();
        if (reply.header("cf-mitigated") != null) {
            return lookup(Lookup.Outcome.UNKNOWN, "HTTP " + status + ": a bot wall (challenge page)", null);
        }
        if (status >= 200 && status < 300) {
            return lookup(Lookup.Outcome.REACHABLE, "HTTP " + status, at.toString());
        }
        if (status == 404 || status == 410) {
            return lookup(Lookup.Outcome.DEAD, "HTTP " + status, null);
        }
        if (status == 403) {
            return lookup(Lookup.Outcome.UNKNOWN, "HTTP 403: the site refuses automated requests", null);
        }
        if (status == 429) {
            return lookup(Lookup.Outcome.UNKNOWN, "HTTP 429: the site asks to slow down", null);
        }
        if (status >= 500) {
            return lookup(Lookup.Outcome.DEAD, "HTTP " + status + " on every try", null);
        }
        return lookup(Lookup.Outcome.UNKNOWN, "HTTP " + status, null);
    }

    /** A URL that is not http(s), or whose host resolves to an address the policy refuses, is never asked. */
    private Optional<Lookup> refuse(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(
                    uri.getScheme() == null || uri.getHost() == null && !uri.isOpaque()
                            ? lookup(Lookup.Outcome.DEAD, "'" + uri + "' is not an http(s) URL", null)
                            : lookup(Lookup.Outcome.UNKNOWN, "only http(s) URLs are checked, not '" + uri + "'", null));
        }
        if (uri.getHost() == null) {
            return Optional.of(lookup(Lookup.Outcome.DEAD, "'" + uri + "' has no host", null));
        }
        InetAddress[] addresses;
        try {
            addresses = dns.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of(lookup(Lookup.Outcome.NO_HOST, "host " + uri.getHost() + " does not resolve", null));
        }
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> why = AddressPolicy.refusal(address);
            if (why.isPresent()) {
                return Optional.of(lookup(
                        Lookup.Outcome.UNKNOWN,
                        "not requested: " + uri.getHost() + " resolves to " + why.get()
                                + " (sources.allow-private-addresses is false)",
                        null));
            }
        }
        return Optional.empty();
    }

    private Lookup lookup(Lookup.Outcome outcome, String detail, @Nullable String finalUrl) {
        return new Lookup(outcome, detail, null, finalUrl, clock.instant());
    }
}
