package dev.esp32ppp.ppp;

/** IPV6CP's configuration option (RFC 5072): its type and how it reads, as a link-local address. */
public final class Ipv6cpOptions {
    public static final int INTERFACE_ID = 1;

    private Ipv6cpOptions() {
    }

    static String describe(ControlPacket.Option option) {
        byte[] v = option.value();
        if (option.type() != INTERFACE_ID || v.length != 8) {
            return null;
        }
        StringBuilder s = new StringBuilder("addr fe80::");
        for (int i = 0; i < 8; i += 2) {
            if (i > 0) {
                s.append(':');
            }
            s.append(Integer.toHexString(Octets.uint16(v, i)));
        }
        return s.toString();
    }
}
