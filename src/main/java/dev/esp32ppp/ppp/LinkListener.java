package dev.esp32ppp.ppp;

/** What a link tells its owner. All calls come on the link's thread; a listener hears what it overrides. */
public interface LinkListener {
    default void phase(LinkPhase phase) {
    }

    /** A control protocol's automaton changed state, e.g. ("LCP", REQ_SENT, ACK_SENT). */
    default void transition(String protocol, FsmState from, FsmState to) {
    }

    default void ipUp(Ipcp.Result result) {
    }

    /** IP went down: the addresses are gone at once (lwIP's sifdown and cifaddr). */
    default void ipDown() {
    }

    /** An IPv4 datagram from the peer (already decompressed). */
    default void datagram(byte[] ip) {
    }

    /** The phase reached Dead, for this reason. */
    default void dead(LinkEnd end) {
    }
}
