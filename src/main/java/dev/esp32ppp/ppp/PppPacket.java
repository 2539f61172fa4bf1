package dev.esp32ppp.ppp;

import java.util.Arrays;

/**
 * A PPP packet as read from a frame's content: the protocol number and the information field.
 * Address and control (ff 03) may be absent (ACFC) and the protocol may be one octet (PFC).
 * The numbers of the datagram protocols are here; those of the control protocols are in
 * {@link ControlProtocol}.
 */
public record PppPacket(int protocol, byte[] information) {
    /** A datagram compressed by the method CCP agreed on. */
    public static final int COMPRESSED = 0x00fd;
    public static final int IP = 0x0021;
    public static final int IPV6 = 0x0057;
    public static final int VJ_COMPRESSED = 0x002d;
    public static final int VJ_UNCOMPRESSED = 0x002f;

    /** @return the packet, or null when the content is too short to hold a protocol */
    public static PppPacket parse(byte[] content) {
        int i = 0;
        if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0x03) {
            i = 2;
        }
        if (i >= content.length) {
            return null;
        }
        int protocol;
        if ((content[i] & 1) != 0) {
            protocol = content[i] & 0xff;
            i += 1;
        } else {
            if (i + 1 >= content.length) {
                return null;
            }
            protocol = (content[i] & 0xff) << 8 | content[i + 1] & 0xff;
            i += 2;
        }
        return new PppPacket(protocol, Arrays.copyOfRange(content, i, content.length));
    }
}
