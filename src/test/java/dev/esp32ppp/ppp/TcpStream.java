package dev.esp32ppp.ppp;

import java.util.Arrays;

/** Makes well-formed IPv4/TCP packets of several connections, for the VJ tests. */
final class TcpStream {
    private final int[] seq;
    private final int[] ack;
    private final int[] window;
    private final int[] ipId;
    private final byte[][] last;

    TcpStream(int connections) {
        seq = new int[connections];
        ack = new int[connections];
        window = new int[connections];
        ipId = new int[connections];
        last = new byte[connections][];
        for (int c = 0; c < connections; c++) {
            seq[c] = 1000 * c + 1;
            ack[c] = 5000 * c + 7;
            window[c] = 29200;
            ipId[c] = c * 100;
        }
    }

    byte[] data(int c, int length, boolean push) {
        byte[] p = packet(c, length, push ? VjHeaders.PSH | VjHeaders.ACK : VjHeaders.ACK, 0);
        seq[c] += length;
        return p;
    }

    byte[] ack(int c, int advance) {
        ack[c] += advance;
        return packet(c, 0, VjHeaders.ACK, 0);
    }

    byte[] window(int c, int newWindow) {
        window[c] = newWindow & 0xffff;
        return packet(c, 0, VjHeaders.ACK, 0);
    }

    byte[] urgent(int c, int length, int pointer) {
        byte[] p = packet(c, length, VjHeaders.ACK | VjHeaders.URG, pointer);
        seq[c] += length;
        return p;
    }

    /** The connection's last packet once more, with a new IP id: a retransmission. */
    byte[] retransmit(int c) {
        byte[] p = last[c] == null ? data(c, 10, false) : last[c].clone();
        VjHeaders.put16(p, 4, ++ipId[c]);
        VjHeaders.fixIpChecksum(p);
        last[c] = p;
        return p;
    }

    /** Sends earlier data again after later data: out of order. */
    byte[] goBack(int c, int bytes) {
        seq[c] -= bytes;
        return data(c, bytes, false);
    }

    byte[] jumpIpId(int c, int delta) {
        ipId[c] += delta - 1;
        return packet(c, 5, VjHeaders.ACK, 0);
    }

    private byte[] packet(int c, int dataLength, int flags, int urgentPointer) {
        byte[] p = new byte[40 + dataLength];
        p[0] = 0x45;
        VjHeaders.put16(p, 2, p.length);
        VjHeaders.put16(p, 4, ++ipId[c]);
        p[6] = 0x40;
        p[8] = 64;
        p[9] = VjHeaders.TCP;
        VjHeaders.put32(p, 12, 0x0a000502);
        VjHeaders.put32(p, 16, 0x0a000501);
        VjHeaders.put16(p, 20, 40000 + c);
        VjHeaders.put16(p, 22, 1080);
        VjHeaders.put32(p, 24, seq[c]);
        VjHeaders.put32(p, 28, ack[c]);
        p[32] = 0x50;
        p[33] = (byte) flags;
        VjHeaders.put16(p, 34, window[c]);
        VjHeaders.put16(p, 36, 0x1234 + seq[c]);
        VjHeaders.put16(p, 38, urgentPointer);
        for (int i = 40; i < p.length; i++) {
            p[i] = (byte) (i * 7 + seq[c]);
        }
        VjHeaders.fixIpChecksum(p);
        last[c] = p;
        return Arrays.copyOf(p, p.length);
    }
}
