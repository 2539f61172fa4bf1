package dev.esp32ppp.ppp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static dev.esp32ppp.ppp.Octets.int32;
import static dev.esp32ppp.ppp.Octets.uint16;

/**
 * Renders PPP packets the way pppd's debug log does, e.g.
 * {@code [LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x5a8309e7> <pcomp> <accomp>]}, so a
 * transcript reads like the field notes.
 */
public final class PppdNotation {
    private static final String[] CODES = {null, "ConfReq", "ConfAck", "ConfNak", "ConfRej", "TermReq",
        "TermAck", "CodeRej", "ProtRej", "EchoReq", "EchoRep", "DiscReq"};

    private PppdNotation() {
    }

    public static String format(PppPacket packet) {
        return switch (packet.protocol()) {
            case PppPacket.LCP -> control("LCP", packet.information(), Options.LCP);
            case PppPacket.IPCP -> control("IPCP", packet.information(), Options.IPCP);
            case PppPacket.IPV6CP -> control("IPV6CP", packet.information(), Options.IPV6CP);
            case PppPacket.CCP -> control("CCP", packet.information(), Options.CCP);
            case PppPacket.COMPRESSED -> "[compressed len=" + packet.information().length + "]";
            case PppPacket.PAP -> pap(packet.information());
            case PppPacket.IP -> ip(packet.information());
            case PppPacket.VJ_COMPRESSED -> "[VJ-comp len=" + packet.information().length + "]";
            case PppPacket.VJ_UNCOMPRESSED -> "[VJ-uncomp len=" + packet.information().length + "]";
            case PppPacket.IPV6 -> "[IPv6 len=" + packet.information().length + "]";
            default -> String.format("[proto=0x%x%s]", packet.protocol(), hex(packet.information(), 0));
        };
    }

    private enum Options { LCP, IPCP, IPV6CP, CCP }

    private static String control(String name, byte[] p, Options kind) {
        if (p.length < 4) {
            return "[" + name + " short packet" + hex(p, 0) + "]";
        }
        int code = p[0] & 0xff;
        int id = p[1] & 0xff;
        int length = Math.min((p[2] & 0xff) << 8 | p[3] & 0xff, p.length);
        String codeName = code < CODES.length && code > 0 ? CODES[code] : "code=0x" + Integer.toHexString(code);
        StringBuilder out = new StringBuilder("[").append(name).append(' ').append(codeName)
                .append(" id=0x").append(Integer.toHexString(id));
        switch (code) {
            case 1, 2, 3, 4 -> options(out, p, 4, length, kind);
            case 5, 6 -> text(out, p, 4, length);
            case 9, 10, 11 -> {
                if (length >= 8) {
                    out.append(" magic=0x").append(Integer.toHexString(int32(p, 4)));
                    out.append(hex(p, 8, length));
                }
            }
            default -> out.append(hex(p, 4, length));
        }
        return out.append(']').toString();
    }

    private static void options(StringBuilder out, byte[] p, int from, int to, Options kind) {
        int i = from;
        while (i + 2 <= to) {
            int type = p[i] & 0xff;
            int len = p[i + 1] & 0xff;
            if (len < 2 || i + len > to) {
                out.append(hex(p, i, to));
                return;
            }
            out.append(" <").append(option(kind, type, p, i + 2, len - 2)).append('>');
            i += len;
        }
        if (i < to) {
            out.append(hex(p, i, to));
        }
    }

    private static String option(Options kind, int type, byte[] p, int at, int n) {
        String known = switch (kind) {
            case LCP -> lcpOption(type, p, at, n);
            case IPCP -> ipcpOption(type, p, at, n);
            case IPV6CP -> type == 1 && n == 8 ? "addr " + interfaceId(p, at) : null;
            case CCP -> ccpOption(type, p, at, n);
        };
        return known != null ? known : HexFormat.ofDelimiter(" ").formatHex(p, at - 2, at + n);
    }

    private static String lcpOption(int type, byte[] p, int at, int n) {
        return switch (type) {
            case 1 -> n == 2 ? "mru " + uint16(p, at) : null;
            case 2 -> n == 4 ? "asyncmap 0x" + Integer.toHexString(int32(p, at)) : null;
            case 3 -> n >= 2 ? auth(uint16(p, at), p, at + 2, n - 2) : null;
            case 5 -> n == 4 ? "magic 0x" + Integer.toHexString(int32(p, at)) : null;
            case 7 -> n == 0 ? "pcomp" : null;
            case 8 -> n == 0 ? "accomp" : null;
            default -> null;
        };
    }

    private static String auth(int protocol, byte[] p, int at, int n) {
        if (protocol == PppPacket.PAP && n == 0) {
            return "auth pap";
        }
        if (protocol == 0xc223 && n == 1) {
            return "auth chap " + ((p[at] & 0xff) == 5 ? "MD5" : "0x" + Integer.toHexString(p[at] & 0xff));
        }
        return null;
    }

    private static String ipcpOption(int type, byte[] p, int at, int n) {
        return switch (type) {
            case 2 -> n >= 2 && uint16(p, at) == 0x002d ? "compress VJ" + hex(p, at + 2, at + n) : null;
            case 3 -> n == 4 ? "addr " + ipv4(p, at) : null;
            case 129 -> n == 4 ? "ms-dns1 " + ipv4(p, at) : null;
            case 131 -> n == 4 ? "ms-dns2 " + ipv4(p, at) : null;
            default -> null;
        };
    }

    private static String ccpOption(int type, byte[] p, int at, int n) {
        if ((type == 26 || type == 24) && n == 2) {
            return (type == 26 ? "deflate " : "deflate(old#) ") + (((p[at] & 0xff) >> 4) + 8);
        }
        if (type == 21 && n == 1) {
            return "bsd v" + ((p[at] & 0xff) >> 5) + " " + (p[at] & 0x1f);
        }
        return null;
    }

    private static String pap(byte[] p) {
        if (p.length < 4) {
            return "[PAP short packet" + hex(p, 0) + "]";
        }
        int code = p[0] & 0xff;
        String name = switch (code) {
            case 1 -> "AuthReq";
            case 2 -> "AuthAck";
            case 3 -> "AuthNak";
            default -> "code=0x" + Integer.toHexString(code);
        };
        return "[PAP " + name + " id=0x" + Integer.toHexString(p[1] & 0xff) + hex(p, 4) + "]";
    }

    private static String ip(byte[] p) {
        if (p.length < 20 || (p[0] & 0xf0) != 0x40) {
            return "[IP len=" + p.length + "]";
        }
        String proto = switch (p[9] & 0xff) {
            case 1 -> "ICMP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            default -> "proto " + (p[9] & 0xff);
        };
        return "[IP " + ipv4(p, 12) + " > " + ipv4(p, 16) + " " + proto + " len=" + p.length + "]";
    }

    private static void text(StringBuilder out, byte[] p, int from, int to) {
        if (to > from) {
            out.append(" \"").append(new String(p, from, to - from, StandardCharsets.ISO_8859_1)).append('"');
        }
    }

    private static String interfaceId(byte[] p, int at) {
        StringBuilder s = new StringBuilder("fe80::");
        for (int i = 0; i < 8; i += 2) {
            if (i > 0) {
                s.append(':');
            }
            s.append(Integer.toHexString(uint16(p, at + i)));
        }
        return s.toString();
    }

    private static String ipv4(byte[] p, int at) {
        try {
            return InetAddress.getByAddress(new byte[] {p[at], p[at + 1], p[at + 2], p[at + 3]}).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] p, int from) {
        return hex(p, from, p.length);
    }

    /** The octets as pppd prints unknown data: a leading space, then two-digit hex separated by spaces. */
    private static String hex(byte[] p, int from, int to) {
        return to > from ? " " + HexFormat.ofDelimiter(" ").formatHex(p, from, to) : "";
    }
}
