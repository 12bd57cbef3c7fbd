package dev.seogen.sources;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses: the system's DNS, or a test's own table. */
@FunctionalInterface
public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
