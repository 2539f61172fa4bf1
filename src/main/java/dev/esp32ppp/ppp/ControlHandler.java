package dev.esp32ppp.ppp;

/**
 * What runs one control protocol on a link: the automaton of LCP, IPCP or IPV6CP, or the PAP
 * client. The link gives it the packets of its protocol and tells it when the peer rejects the
 * protocol, as lwIP calls a protent's {@code input} and {@code protrej}.
 */
interface ControlHandler {
    ControlProtocol protocol();

    /** A packet of this protocol from the peer. */
    void receive(ControlPacket packet);

    /** The peer sent an LCP Protocol-Reject of this protocol. */
    void protocolRejected();
}
