package dev.esp32ppp.ppp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Renders PPP packets the way pppd's debug log does, e.g.
 * {@code [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x5a8309e7> <pcomp> <accomp>]}, so a
 * transcript reads like the field notes. A control protocol's packet reads as its
 * {@link ControlProtocol} description says; datagrams are summed up here (IPv4's in
 * {@link Ipv4Notation}).
 */
public final class PppdNotation {
    private PppdNotation() {
    }

    public static String format(PppPacket packet) {
        byte[] information = packet.information();
        return ControlProtocol.of(packet.protocol()).map(control -> control.format(information))
                .orElseGet(() -> switch (packet.protocol()) {
                    case PppPacket.COMPRESSED -> "[compressed len=" + information.length + "]";
                    case PppPacket.IP -> Ipv4Notation.format(information);
                    case PppPacket.VJ_COMPRESSED -> "[VJ-comp len=" + information.length + "]";
                    case PppPacket.VJ_UNCOMPRESSED -> "[VJ-uncomp len=" + information.length + "]";
                    case PppPacket.IPV6 -> "[IPv6 len=" + information.length + "]";
                    default -> String.format("[proto=0x%x%s]", packet.protocol(), hex(information, 0));
                });
    }

    // ---- pieces the control protocols' notations share ------------------------------------

    /** A control packet too short for its code, id and length. */
    static String shortPacket(String name, byte[] p) {
        return "[" + name + " short packet" + hex(p, 0) + "]";
    }

    /** The opening of a control packet's line: protocol, the code's name (or number) and the id. */
    static String header(String name, String[] codeNames, byte[] p) {
        int code = p[0] & 0xff;
        String codeName = code > 0 && code < codeNames.length ? codeNames[code] : "code=0x" + Integer.toHexString(code);
        return "[" + name + " " + codeName + " id=0x" + Integer.toHexString(p[1] & 0xff);
    }

    static String ipv4(byte[] p, int at) {
        try {
            return InetAddress.getByAddress(new byte[] {p[at], p[at + 1], p[at + 2], p[at + 3]}).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] p, int from) {
        return hex(p, from, p.length);
    }

    /** The octets as pppd prints unknown data: a leading space, then two-digit hex separated by spaces. */
    static String hex(byte[] p, int from, int to) {
        return to > from ? " " + HexFormat.ofDelimiter(" ").formatHex(p, from, to) : "";
    }
}
