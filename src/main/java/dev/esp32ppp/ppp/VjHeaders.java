package dev.esp32ppp.ppp;

/** Reading and writing the fields of IPv4 and TCP headers that RFC 1144 compression touches. */
final class VjHeaders {
    static final int TCP = 6;
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int PSH = 0x08;
    static final int ACK = 0x10;
    static final int URG = 0x20;

    private VjHeaders() {
    }

    static int ipHeaderLength(byte[] p) {
        return (p[0] & 0x0f) * 4;
    }

    static int tcpHeaderLength(byte[] p, int ipHeaderLength) {
        return ((p[ipHeaderLength + 12] & 0xff) >>> 4) * 4;
    }

    static int totalLength(byte[] p) {
        return Octets.uint16(p, 2);
    }

    static void put16(byte[] p, int at, int value) {
        p[at] = (byte) (value >>> 8);
        p[at + 1] = (byte) value;
    }

    static void put32(byte[] p, int at, int value) {
        put16(p, at, value >>> 16);
        put16(p, at + 2, value);
    }

    /** Recomputes the IPv4 header checksum in place. */
    static void fixIpChecksum(byte[] p) {
        int length = ipHeaderLength(p);
        put16(p, 10, 0);
        int sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += Octets.uint16(p, i);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        put16(p, 10, ~sum & 0xffff);
    }
}
