package dev.esp32ppp.ppp;

import static dev.esp32ppp.ppp.PppdNotation.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How the packets of a protocol negotiated on RFC 1661's automaton read (LCP, IPCP, IPV6CP,
 * CCP): code and id, then the options of a Configure packet in the protocol's own words, the
 * text of a Terminate packet, or the magic number of an Echo or Discard.
 *
 * @param options how this protocol's options read
 */
record NegotiationNotation(OptionNotation options) implements PacketNotation {
    private static final String[] CODES = {null, "ConfReq", "ConfAck", "ConfNak", "ConfRej", "TermReq",
        "TermAck", "CodeRej", "ProtRej", "EchoReq", "EchoRep", "DiscReq"};

    @Override
    public String format(String name, byte[] p) {
        if (p.length < 4) {
            return PppdNotation.shortPacket(name, p);
        }
        int code = p[0] & 0xff;
        int length = Math.min(Octets.uint16(p, 2), p.length);
        StringBuilder out = new StringBuilder(PppdNotation.header(name, CODES, p));
        switch (code) {
            case ControlPacket.CONF_REQ, ControlPacket.CONF_ACK, ControlPacket.CONF_NAK, ControlPacket.CONF_REJ ->
                    options(out, p, 4, length);
            case ControlPacket.TERM_REQ, ControlPacket.TERM_ACK -> text(out, p, 4, length);
            case ControlPacket.ECHO_REQ, ControlPacket.ECHO_REP, ControlPacket.DISC_REQ -> {
                if (length >= 8) {
                    out.append(" magic=0x").append(Integer.toHexString(Octets.int32(p, 4)));
                    out.append(hex(p, 8, length));
                }
            }
            default -> out.append(hex(p, 4, length));
        }
        return out.append(']').toString();
    }

    /** Each option in angle brackets; what does not parse as type-length-value is printed in hex. */
    private void options(StringBuilder out, byte[] p, int from, int to) {
        int i = from;
        while (i + 2 <= to) {
            int len = p[i + 1] & 0xff;
            if (len < 2 || i + len > to) {
                out.append(hex(p, i, to));
                return;
            }
            String known = options.describe(new ControlPacket.Option(p[i] & 0xff, Arrays.copyOfRange(p, i + 2, i + len)));
            out.append(" <").append(known != null ? known : HexFormat.ofDelimiter(" ").formatHex(p, i, i + len))
                    .append('>');
            i += len;
        }
        if (i < to) {
            out.append(hex(p, i, to));
        }
    }

    private static void text(StringBuilder out, byte[] p, int from, int to) {
        if (to > from) {
            out.append(" \"").append(new String(p, from, to - from, StandardCharsets.ISO_8859_1)).append('"');
        }
    }
}
