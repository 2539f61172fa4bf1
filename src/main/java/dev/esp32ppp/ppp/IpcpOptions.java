package dev.esp32ppp.ppp;

import static dev.esp32ppp.ppp.Octets.uint16;

/** IPCP's configuration options (RFC 1332, RFC 1877 for the DNS ones): their types and how they read. */
public final class IpcpOptions {
    public static final int COMPRESSION = 2;
    public static final int ADDRESS = 3;
    public static final int MS_DNS1 = 129;
    public static final int MS_DNS2 = 131;

    private IpcpOptions() {
    }

    static String describe(ControlPacket.Option option) {
        byte[] v = option.value();
        int n = v.length;
        return switch (option.type()) {
            case COMPRESSION -> n >= 2 && uint16(v, 0) == Ipcp.VJ_PROTOCOL ? "compress VJ" + PppdNotation.hex(v, 2) : null;
            case ADDRESS -> n == 4 ? "addr " + PppdNotation.ipv4(v, 0) : null;
            case MS_DNS1 -> n == 4 ? "ms-dns1 " + PppdNotation.ipv4(v, 0) : null;
            case MS_DNS2 -> n == 4 ? "ms-dns2 " + PppdNotation.ipv4(v, 0) : null;
            default -> null;
        };
    }
}
