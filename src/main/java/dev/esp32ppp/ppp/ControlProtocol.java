package dev.esp32ppp.ppp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The control protocols of a PPP link, one description each, in one table as lwIP's
 * {@code struct protent} list: the number on the wire, the name (each constant's own, as pppd
 * prints it) and how the protocol's packets read in pppd's notation. The link finds where a
 * packet goes by this table, and {@link PppdNotation} prints a packet through it.
 */
public enum ControlProtocol {
    LCP(0xc021, new NegotiationNotation(LcpOptions::describe)),
    PAP(0xc023, PapNotation::format),
    IPCP(0x8021, new NegotiationNotation(IpcpOptions::describe)),
    IPV6CP(0x8057, new NegotiationNotation(Ipv6cpOptions::describe)),
    /** Printed only: the model compresses nothing, so a peer's CCP gets a Protocol-Reject. */
    CCP(0x80fd, new NegotiationNotation(CcpOptions::describe));

    private final int number;
    private final PacketNotation notation;

    ControlProtocol(int number, PacketNotation notation) {
        this.number = number;
        this.notation = notation;
    }

    /** The protocol field of its packets. */
    public int number() {
        return number;
    }

    /** A packet's information field in pppd's notation, e.g. {@code [IPCP ConfNak id=0x2 <addr 10.0.5.1>]}. */
    public String format(byte[] information) {
        return notation.format(name(), information);
    }

    /** @return the description of a protocol number, or empty when it is no control protocol */
    public static Optional<ControlProtocol> of(int number) {
        return Arrays.stream(values()).filter(protocol -> protocol.number == number).findFirst();
    }
}
