package dev.esp32ppp.ppp;

/** Big-endian numbers in octet arrays, as on the wire. */
public final class Octets {
    private Octets() {
    }

    public static int uint16(byte[] p, int at) {
        return (p[at] & 0xff) << 8 | p[at + 1] & 0xff;
    }

    public static int int32(byte[] p, int at) {
        return uint16(p, at) << 16 | uint16(p, at + 2);
    }

    public static byte[] of16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    public static byte[] of32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
