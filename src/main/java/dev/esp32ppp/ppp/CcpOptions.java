package dev.esp32ppp.ppp;

/** The CCP options pppd offers (RFC 1977 BSD-Compress, RFC 1979 Deflate): their types and how they read. */
public final class CcpOptions {
    public static final int BSD_COMPRESS = 21;
    /** Deflate under the number of the RFC's drafts, which pppd still offers. */
    public static final int DEFLATE_DRAFT = 24;
    public static final int DEFLATE = 26;

    private CcpOptions() {
    }

    static String describe(ControlPacket.Option option) {
        byte[] v = option.value();
        int type = option.type();
        if ((type == DEFLATE || type == DEFLATE_DRAFT) && v.length == 2) {
            // the window is the high nibble of the first octet, less 8
            return (type == DEFLATE ? "deflate " : "deflate(old#) ") + (((v[0] & 0xff) >> 4) + 8);
        }
        if (type == BSD_COMPRESS && v.length == 1) {
            return "bsd v" + ((v[0] & 0xff) >> 5) + " " + (v[0] & 0x1f);
        }
        return null;
    }
}
