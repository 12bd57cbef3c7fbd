package dev.seogen.sources.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses a model's URL may never make us request: loopback, private, link-local (where cloud
 * metadata endpoints live), multicast, unspecified, carrier-grade NAT, broadcast and unique-local IPv6, and
 * the same hidden inside an IPv6 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 */
public final class AddressPolicy {
    private AddressPolicy() {}

    /** Why this address is refused ("127.0.0.1 is a loopback address"), or empty when it may be requested. */
    public static Optional<String> refusal(InetAddress address) {
        if (address instanceof Inet6Address) {
            Optional<Inet4Address> embedded = embeddedIpv4(address.getAddress());
            if (embedded.isPresent()) {
                return refusal(embedded.get()).map(why -> address.getHostAddress() + " carries " + why);
            }
        }
        String kind = kind(address);
        return kind == null ? Optional.empty() : Optional.of(address.getHostAddress() + " is " + kind);
    }

    private static @org.jspecify.annotations.Nullable String kind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "an address of \"this network\" (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT address (100.64.0.0/10)";
            }
            if (first >= 240) {
                return "a reserved or broadcast address";
            }
        } else if ((bytes[0] & 0xfe) == 0xfc) {
            return "a unique-local IPv6 address (fc00::/7)";
        }
        return null;
    }

    private static Optional<Inet4Address> embeddedIpv4(byte[] v6) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= v6[i] == 0;
        }
        boolean mapped = firstTenZero && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && v6[10] == 0 && v6[11] == 0 && !allZero(v6, 12, 16);
        boolean nat64 = (v6[0] & 0xff) == 0x00
                && (v6[1] & 0xff) == 0x64
                && (v6[2] & 0xff) == 0xff
                && (v6[3] & 0xff) == 0x9b
                && allZero(v6, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4(v6[12], v6[13], v6[14], v6[15]);
        }
        if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) { // 6to4: 2002:AABB:CCDD::/48
            return ipv4(v6[2], v6[3], v6[4], v6[5]);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Inet4Address> ipv4(byte a, byte b, byte c, byte d) {
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(new byte[] {a, b, c, d}));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
