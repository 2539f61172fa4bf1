package dev.esp32ppp.ppp;

import static dev.esp32ppp.ppp.VjCompressor.NEW_A;
import static dev.esp32ppp.ppp.VjCompressor.NEW_C;
import static dev.esp32ppp.ppp.VjCompressor.NEW_I;
import static dev.esp32ppp.ppp.VjCompressor.NEW_S;
import static dev.esp32ppp.ppp.VjCompressor.NEW_U;
import static dev.esp32ppp.ppp.VjCompressor.NEW_W;
import static dev.esp32ppp.ppp.VjCompressor.SPECIALS_MASK;
import static dev.esp32ppp.ppp.VjCompressor.SPECIAL_D;
import static dev.esp32ppp.ppp.VjCompressor.SPECIAL_I;
import static dev.esp32ppp.ppp.VjCompressor.TCP_PUSH;

import java.util.Arrays;

/**
 * Van Jacobson decompression, receiving side (RFC 1144 section 3.3 and appendix A). After an
 * error (a lost or damaged frame, a bad slot) compressed packets are tossed until one names its
 * slot or an uncompressed one arrives, as the RFC requires.
 */
public final class VjDecompressor {
    private final byte[][] headers;
    private int lastSlot = -1;
    private boolean toss;
    private long tossed;

    /** @param maxSlotId the highest slot id we offered the peer */
    public VjDecompressor(int maxSlotId) {
        this.headers = new byte[maxSlotId + 1][];
    }

    /** A frame was lost or damaged: compressed packets can no longer be trusted. */
    public void error() {
        toss = true;
    }

    public long tossedCount() {
        return tossed;
    }

    /** @return the IP datagram, or null when the packet was tossed */
    public byte[] uncompressed(byte[] packet) {
        if (packet.length < 40 || (packet[0] & 0xf0) != 0x40) {
            return drop();
        }
        int slot = packet[9] & 0xff;
        int ipLen = VjHeaders.ipHeaderLength(packet);
        if (slot >= headers.length || ipLen < 20 || packet.length < ipLen + 20) {
            return drop();
        }
        int headerLen = ipLen + VjHeaders.tcpHeaderLength(packet, ipLen);
        if (headerLen < ipLen + 20 || packet.length < headerLen) {
            return drop();
        }
        byte[] ip = packet.clone();
        ip[9] = VjHeaders.TCP;
        headers[slot] = Arrays.copyOf(ip, headerLen);
        lastSlot = slot;
        toss = false;
        return ip;
    }

    /** @return the IP datagram, or null when the packet was tossed */
    public byte[] compressed(byte[] packet) {
        try {
            return decode(packet);
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return drop();
        }
    }

    private byte[] decode(byte[] p) {
        int i = 0;
        int changes = p[i++] & 0xff;
        if ((changes & NEW_C) != 0) {
            int slot = p[i++] & 0xff;
            if (slot >= headers.length || headers[slot] == null) {
                return drop();
            }
            toss = false;
            lastSlot = slot;
        } else if (toss || lastSlot < 0) {
            tossed++;
            return null;
        }
        byte[] h = headers[lastSlot].clone();
        int ipLen = VjHeaders.ipHeaderLength(h);
        int t = ipLen;
        int headerLen = h.length;
        int lastDataLen = VjHeaders.totalLength(h) - headerLen;
        h[t + 16] = p[i++];
        h[t + 17] = p[i++];
        int flags = h[t + 13] & 0xff;
        flags = (changes & TCP_PUSH) != 0 ? flags | VjHeaders.PSH : flags & ~VjHeaders.PSH;
        int[] at = {i};
        switch (changes & SPECIALS_MASK) {
            case SPECIAL_I -> {
                VjHeaders.put32(h, t + 8, Octets.int32(h, t + 8) + lastDataLen);
                VjHeaders.put32(h, t + 4, Octets.int32(h, t + 4) + lastDataLen);
            }
            case SPECIAL_D -> VjHeaders.put32(h, t + 4, Octets.int32(h, t + 4) + lastDataLen);
            default -> {
                if ((changes & NEW_U) != 0) {
                    flags |= VjHeaders.URG;
                    VjHeaders.put16(h, t + 18, decode(p, at));
                } else {
                    flags &= ~VjHeaders.URG;
                }
                if ((changes & NEW_W) != 0) {
                    VjHeaders.put16(h, t + 14, Octets.uint16(h, t + 14) + decode(p, at));
                }
                if ((changes & NEW_A) != 0) {
                    VjHeaders.put32(h, t + 8, Octets.int32(h, t + 8) + decode(p, at));
                }
                if ((changes & NEW_S) != 0) {
                    VjHeaders.put32(h, t + 4, Octets.int32(h, t + 4) + decode(p, at));
                }
            }
        }
        h[t + 13] = (byte) flags;
        int idDelta = (changes & NEW_I) != 0 ? decode(p, at) : 1;
        VjHeaders.put16(h, 4, Octets.uint16(h, 4) + idDelta);
        i = at[0];
        if (i > p.length) {
            return drop();
        }
        int dataLen = p.length - i;
        VjHeaders.put16(h, 2, headerLen + dataLen);
        VjHeaders.fixIpChecksum(h);
        headers[lastSlot] = h;
        byte[] ip = Arrays.copyOf(h, headerLen + dataLen);
        System.arraycopy(p, i, ip, headerLen, dataLen);
        return ip;
    }

    private static int decode(byte[] p, int[] at) {
        int n = p[at[0]++] & 0xff;
        if (n == 0) {
            n = (p[at[0]] & 0xff) << 8 | p[at[0] + 1] & 0xff;
            at[0] += 2;
        }
        return n;
    }

    private byte[] drop() {
        toss = true;
        tossed++;
        return null;
    }
}
