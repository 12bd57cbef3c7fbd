package dev.seogen.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seogen.sources.internal.AddressPolicy;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    private static InetAddress at(String address) throws UnknownHostException {
        return InetAddress.getByName(address);
    }

    @Test
    void refusesEveryKindOfInternalAddress() throws UnknownHostException {
        for (String address : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "224.0.0.1",
            "0.0.0.0",
            "100.64.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fd00:ec2::254",
            "ff02::1",
            "fec0::1"
        }) {
            assertThat(AddressPolicy.refusal(at(address))).as(address).isPresent();
        }
    }

    @Test
    void refusesAnInternalIpv4AddressHiddenInIpv6() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        // Built as an Inet6Address on purpose: getByName would turn ::ffff:a.b.c.d into an IPv4 address.
        InetAddress v6 = Inet6Address.getByAddress(null, mapped, null);

        assertThat(AddressPolicy.refusal(v6))
                .hasValueSatisfying(why -> assertThat(why).contains("link-local"));
        assertThat(AddressPolicy.refusal(at("64:ff9b::a00:1"))).isPresent(); // NAT64 of 10.0.0.1
        assertThat(AddressPolicy.refusal(at("2002:7f00:1::"))).isPresent(); // 6to4 of 127.0.0.1
    }

    @Test
    void allowsPublicAddresses() throws UnknownHostException {
        for (String address : new String[] {"93.184.215.14", "104.18.0.1", "2606:4700::6810:1", "8.8.8.8"}) {
            assertThat(AddressPolicy.refusal(at(address))).as(address).isEmpty();
        }
    }
}
