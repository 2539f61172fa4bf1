package dev.esp32ppp.ppp;

/** LCP's configuration option types (RFC 1661 section 6, RFC 1662 section 7.1). */
public final class LcpOptions {
    public static final int MRU = 1;
    public static final int ACCM = 2;
    public static final int AUTH = 3;
    public static final int MAGIC = 5;
    public static final int PFC = 7;
    public static final int ACFC = 8;

    private LcpOptions() {
    }
}
