package dev.esp32ppp.ppp;

import static dev.esp32ppp.ppp.Octets.int32;
import static dev.esp32ppp.ppp.Octets.uint16;

/** LCP's configuration options (RFC 1661 section 6, RFC 1662 section 7.1): their types and how they read. */
public final class LcpOptions {
    public static final int MRU = 1;
    public static final int ACCM = 2;
    public static final int AUTH = 3;
    public static final int MAGIC = 5;
    public static final int PFC = 7;
    public static final int ACFC = 8;

    /** CHAP, as an Authentication-Protocol option names it (RFC 1994); the model only prints it. */
    private static final int CHAP = 0xc223;
    private static final int CHAP_MD5 = 5;

    private LcpOptions() {
    }

    static String describe(ControlPacket.Option option) {
        byte[] v = option.value();
        int n = v.length;
        return switch (option.type()) {
            case MRU -> n == 2 ? "mru " + uint16(v, 0) : null;
            case ACCM -> n == 4 ? "asyncmap 0x" + Integer.toHexString(int32(v, 0)) : null;
            case AUTH -> n >= 2 ? auth(uint16(v, 0), v) : null;
            case MAGIC -> n == 4 ? "magic 0x" + Integer.toHexString(int32(v, 0)) : null;
            case PFC -> n == 0 ? "pcomp" : null;
            case ACFC -> n == 0 ? "accomp" : null;
            default -> null;
        };
    }

    /** The protocol named by an Authentication-Protocol option and what follows it (CHAP's algorithm). */
    private static String auth(int protocol, byte[] v) {
        if (protocol == ControlProtocol.PAP.number() && v.length == 2) {
            return "auth pap";
        }
        if (protocol == CHAP && v.length == 3) {
            return "auth chap " + ((v[2] & 0xff) == CHAP_MD5 ? "MD5" : "0x" + Integer.toHexString(v[2] & 0xff));
        }
        return null;
    }
}
