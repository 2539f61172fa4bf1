package dev.esp32ppp.ppp;

import static dev.esp32ppp.ppp.VjHeaders.ACK;
import static dev.esp32ppp.ppp.VjHeaders.FIN;
import static dev.esp32ppp.ppp.VjHeaders.PSH;
import static dev.esp32ppp.ppp.VjHeaders.RST;
import static dev.esp32ppp.ppp.VjHeaders.SYN;
import static dev.esp32ppp.ppp.VjHeaders.URG;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedList;

/**
 * Van Jacobson TCP/IP header compression, sending side (RFC 1144 section 3.2 and appendix A):
 * per-connection slots, least recently used reuse, deltas, and the two special cases.
 */
public final class VjCompressor {
    static final int NEW_C = 0x40;
    static final int NEW_I = 0x20;
    static final int TCP_PUSH = 0x10;
    static final int NEW_S = 0x08;
    static final int NEW_A = 0x04;
    static final int NEW_W = 0x02;
    static final int NEW_U = 0x01;
    static final int SPECIAL_I = NEW_S | NEW_W | NEW_U;
    static final int SPECIAL_D = NEW_S | NEW_A | NEW_W | NEW_U;
    static final int SPECIALS_MASK = SPECIAL_D;

    /** What to send: the PPP protocol (IP, VJ compressed or VJ uncompressed) and the octets. */
    public record Output(int protocol, byte[] packet) {
    }

    private final boolean compressSlotId;
    private final LinkedList<Slot> slots = new LinkedList<>();
    private int lastSent = -1;

    private static final class Slot {
        final int id;
        byte[] header;

        Slot(int id) {
            this.id = id;
        }
    }

    /** @param maxSlotId the highest slot id the peer offered; @param compressSlotId whether ids may be left out */
    public VjCompressor(int maxSlotId, boolean compressSlotId) {
        this.compressSlotId = compressSlotId;
        // least recently used last: new connections take slot 0 first, then 1, 2, ... as in lwIP's vj.c
        for (int i = 0; i <= maxSlotId; i++) {
            slots.addFirst(new Slot(i));
        }
    }

    public Output compress(byte[] ip) {
        if (ip.length < 20 || (ip[0] & 0xf0) != 0x40 || (ip[9] & 0xff) != VjHeaders.TCP
                || (Octets.uint16(ip, 6) & 0x3fff) != 0) {
            return new Output(PppPacket.IP, ip);
        }
        int ipLen = VjHeaders.ipHeaderLength(ip);
        if (ip.length < ipLen + 20) {
            return new Output(PppPacket.IP, ip);
        }
        int tcpLen = VjHeaders.tcpHeaderLength(ip, ipLen);
        int headerLen = ipLen + tcpLen;
        int flags = ip[ipLen + 13] & 0xff;
        if (ip.length < headerLen || VjHeaders.totalLength(ip) != ip.length
                || (flags & (SYN | FIN | RST)) != 0 || (flags & ACK) == 0) {
            return new Output(PppPacket.IP, ip);
        }
        Slot slot = find(ip, ipLen);
        if (slot == null) {
            slot = slots.removeLast();
            slots.addFirst(slot);
            return uncompressed(slot, ip, headerLen);
        }
        slots.remove(slot);
        slots.addFirst(slot);
        byte[] old = slot.header;
        int oldIpLen = VjHeaders.ipHeaderLength(old);
        if (Octets.uint16(ip, 0) != Octets.uint16(old, 0) || Octets.uint16(ip, 6) != Octets.uint16(old, 6)
                || Octets.uint16(ip, 8) != Octets.uint16(old, 8) || ipLen != oldIpLen
                || tcpLen != VjHeaders.tcpHeaderLength(old, oldIpLen)
                || !Arrays.equals(ip, 20, ipLen, old, 20, ipLen)
                || !Arrays.equals(ip, ipLen + 20, headerLen, old, ipLen + 20, headerLen)) {
            return uncompressed(slot, ip, headerLen);
        }
        int t = ipLen;
        ByteArrayOutputStream deltas = new ByteArrayOutputStream();
        int changes = 0;
        if ((flags & URG) != 0) {
            encodeZ(deltas, Octets.uint16(ip, t + 18));
            changes |= NEW_U;
        } else if (Octets.uint16(ip, t + 18) != Octets.uint16(old, t + 18) || (old[t + 13] & URG) != 0) {
            // a receiver keeps the last URG flag through the special cases: only a full header clears it
            return uncompressed(slot, ip, headerLen);
        }
        int deltaW = (Octets.uint16(ip, t + 14) - Octets.uint16(old, t + 14)) & 0xffff;
        if (deltaW != 0) {
            encode(deltas, deltaW);
            changes |= NEW_W;
        }
        long deltaA = (Octets.int32(ip, t + 8) - Octets.int32(old, t + 8)) & 0xffffffffL;
        if (deltaA != 0) {
            if (deltaA > 0xffff) {
                return uncompressed(slot, ip, headerLen);
            }
            encode(deltas, (int) deltaA);
            changes |= NEW_A;
        }
        long deltaS = (Octets.int32(ip, t + 4) - Octets.int32(old, t + 4)) & 0xffffffffL;
        if (deltaS != 0) {
            if (deltaS > 0xffff) {
                return uncompressed(slot, ip, headerLen);
            }
            encode(deltas, (int) deltaS);
            changes |= NEW_S;
        }
        int oldDataLen = VjHeaders.totalLength(old) - headerLen;
        switch (changes) {
            case 0 -> {
                // nothing changed: a retransmission or a repeated ack, unless it carries data now
                if (ip.length == VjHeaders.totalLength(old) || VjHeaders.totalLength(old) != headerLen) {
                    return uncompressed(slot, ip, headerLen);
                }
            }
            case SPECIAL_I, SPECIAL_D -> {
                return uncompressed(slot, ip, headerLen);
            }
            case NEW_S | NEW_A -> {
                if (deltaS == deltaA && deltaS == oldDataLen) {
                    changes = SPECIAL_I;
                    deltas.reset();
                }
            }
            case NEW_S -> {
                if (deltaS == oldDataLen) {
                    changes = SPECIAL_D;
                    deltas.reset();
                }
            }
            default -> { }
        }
        int deltaId = (Octets.uint16(ip, 4) - Octets.uint16(old, 4)) & 0xffff;
        if (deltaId != 1) {
            encodeZ(deltas, deltaId);
            changes |= NEW_I;
        }
        if ((flags & PSH) != 0) {
            changes |= TCP_PUSH;
        }
        slot.header = Arrays.copyOf(ip, headerLen);
        ByteArrayOutputStream out = new ByteArrayOutputStream(ip.length);
        if (!compressSlotId || lastSent != slot.id) {
            lastSent = slot.id;
            out.write(changes | NEW_C);
            out.write(slot.id);
        } else {
            out.write(changes);
        }
        out.write(ip[t + 16]);
        out.write(ip[t + 17]);
        out.writeBytes(deltas.toByteArray());
        out.write(ip, headerLen, ip.length - headerLen);
        return new Output(PppPacket.VJ_COMPRESSED, out.toByteArray());
    }

    private Slot find(byte[] ip, int ipLen) {
        for (Slot slot : slots) {
            byte[] h = slot.header;
            if (h != null && Arrays.equals(ip, 12, 20, h, 12, 20)
                    && Arrays.equals(ip, ipLen, ipLen + 4, h, VjHeaders.ipHeaderLength(h), VjHeaders.ipHeaderLength(h) + 4)) {
                return slot;
            }
        }
        return null;
    }

    private Output uncompressed(Slot slot, byte[] ip, int headerLen) {
        // the header keeps this packet's total length: the next delta needs its data length
        slot.header = Arrays.copyOf(ip, headerLen);
        lastSent = slot.id;
        byte[] packet = ip.clone();
        packet[9] = (byte) slot.id;
        return new Output(PppPacket.VJ_UNCOMPRESSED, packet);
    }

    /** A delta that is never 0 (window, ack, sequence): 1..255 in one octet, larger as 0 and two octets. */
    private static void encode(ByteArrayOutputStream out, int n) {
        if (n >= 256) {
            out.write(0);
            out.write(n >>> 8);
            out.write(n);
        } else {
            out.write(n);
        }
    }

    /** A value that may be 0 (urgent pointer, IP id delta): 0 too goes as 0 and two octets. */
    private static void encodeZ(ByteArrayOutputStream out, int n) {
        if (n >= 256 || n == 0) {
            out.write(0);
            out.write(n >>> 8);
            out.write(n);
        } else {
            out.write(n);
        }
    }
}
