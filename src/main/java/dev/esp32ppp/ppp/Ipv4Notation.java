package dev.esp32ppp.ppp;

/**
 * An IPv4 datagram summed up on one transcript line: addresses, protocol, length, where it is
 * a fragment its offset, and for a tunnel's packet (IPIP, protocol 4; GRE, protocol 47) the
 * packet it carries, e.g.
 * {@code [IP 10.0.5.2 > 192.168.28.30 IPIP len=80 [IP 10.0.5.6 > 198.18.0.80 TCP len=60]]}.
 */
final class Ipv4Notation {
    private static final int IPIP = 4;
    private static final int GRE = 47;
    /** GRE's flags (RFC 2784, 2890): a checksum, a key and a sequence number each add 4 octets. */
    private static final int GRE_CHECKSUM = 0x80;
    private static final int GRE_KEY = 0x20;
    private static final int GRE_SEQUENCE = 0x10;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86dd;

    private Ipv4Notation() {
    }

    static String format(byte[] p) {
        return format(p, 0);
    }

    /** The datagram starting at {@code at} (the rest of {@code p}). */
    private static String format(byte[] p, int at) {
        int length = p.length - at;
        if (length < 20 || (p[at] & 0xf0) != 0x40) {
            return "[IP len=" + length + "]";
        }
        int protocol = p[at + 9] & 0xff;
        int headerLength = (p[at] & 0x0f) * 4;
        int offset = ((p[at + 6] & 0x1f) << 8 | p[at + 7] & 0xff) * 8;
        boolean moreFragments = (p[at + 6] & 0x20) != 0;
        StringBuilder line = new StringBuilder("[IP ").append(PppdNotation.ipv4(p, at + 12)).append(" > ")
                .append(PppdNotation.ipv4(p, at + 16)).append(' ').append(name(protocol)).append(" len=").append(length);
        if (offset > 0 || moreFragments) {
            line.append(" frag offset=").append(offset).append(moreFragments ? " more" : "");
        }
        int payload = at + headerLength;
        if (offset == 0 && payload <= p.length) {
            if (protocol == IPIP) {
                line.append(' ').append(format(p, payload));
            } else if (protocol == GRE) {
                line.append(gre(p, payload));
            }
        }
        return line.append(']').toString();
    }

    /** What a GRE packet carries: an IPv4 datagram in full, another protocol by its EtherType. */
    private static String gre(byte[] p, int at) {
        if (p.length - at < 4) {
            return "";
        }
        int flags = p[at] & 0xff;
        int etherType = (p[at + 2] & 0xff) << 8 | p[at + 3] & 0xff;
        int carried = at + 4 + ((flags & GRE_CHECKSUM) != 0 ? 4 : 0) + ((flags & GRE_KEY) != 0 ? 4 : 0)
                + ((flags & GRE_SEQUENCE) != 0 ? 4 : 0);
        return switch (etherType) {
            case ETHERTYPE_IPV4 -> carried <= p.length ? " " + format(p, carried) : "";
            case ETHERTYPE_IPV6 -> " [IPv6 len=" + Math.max(0, p.length - carried) + "]";
            default -> String.format(" ethertype=0x%04x", etherType);
        };
    }

    private static String name(int protocol) {
        return switch (protocol) {
            case 1 -> "ICMP";
            case IPIP -> "IPIP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case GRE -> "GRE";
            default -> "proto " + protocol;
        };
    }
}
