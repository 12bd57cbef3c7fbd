package dev.seogen.sources.internal;

import dev.seogen.sources.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves each host once and answers every later question about it, the HTTP client's included, with the
 * same addresses: the addresses checked are the addresses connected to, so DNS rebinding cannot swap a
 * public address for a private one between the check and the request.
 */
public final class PinnedDns implements DnsResolver {
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*");

    private final HostResolver resolver;
    private final ConcurrentMap<String, Resolution> pinned = new ConcurrentHashMap<>();

    public PinnedDns(HostResolver resolver) {
        this.resolver = resolver;
    }

    private record Resolution(InetAddress[] addresses, UnknownHostException failure) {}

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Resolution resolution = pinned.computeIfAbsent(key(host), this::lookUp);
        if (resolution.addresses().length == 0) {
            throw resolution.failure();
        }
        return resolution.addresses().clone();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    private Resolution lookUp(String host) {
        try {
            // An address written as such needs no DNS (and is parsed, never looked up, by getByName).
            InetAddress[] addresses = LITERAL.matcher(host).matches()
                    ? new InetAddress[] {InetAddress.getByName(host)}
                    : resolver.resolve(host);
            return new Resolution(addresses, new UnknownHostException(host + " has no address"));
        } catch (UnknownHostException e) {
            return new Resolution(new InetAddress[0], e);
        }
    }

    private static String key(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }
}
