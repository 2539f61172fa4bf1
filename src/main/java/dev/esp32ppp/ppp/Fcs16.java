package dev.esp32ppp.ppp;

/** The 16-bit frame check sequence of RFC 1662 (CRC-CCITT, reflected, initial 0xffff). */
public final class Fcs16 {
    public static final int INITIAL = 0xffff;
    /** What the FCS over a frame including its own (complemented, little-endian) FCS comes to. */
    public static final int GOOD = 0xf0b8;

    private static final int[] TABLE = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            int v = b;
            for (int i = 0; i < 8; i++) {
                v = (v & 1) != 0 ? (v >>> 1) ^ 0x8408 : v >>> 1;
            }
            TABLE[b] = v;
        }
    }

    private Fcs16() {
    }

    public static int update(int fcs, int octet) {
        return (fcs >>> 8) ^ TABLE[(fcs ^ octet) & 0xff];
    }

    public static int update(int fcs, byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            fcs = update(fcs, data[i]);
        }
        return fcs;
    }

    /** The two FCS octets to append to {@code data}, in transmission order. */
    public static byte[] trailer(byte[] data) {
        int fcs = update(INITIAL, data, 0, data.length) ^ 0xffff;
        return new byte[] {(byte) fcs, (byte) (fcs >>> 8)};
    }
}
