package dev.esp32ppp.ppp;

/** What a link tells its owner. All calls come on the link's thread. */
public interface LinkListener {
    void phase(LinkPhase phase);

    /** A control protocol's automaton changed state, e.g. ("LCP", REQ_SENT, ACK_SENT). */
    void transition(String protocol, FsmState from, FsmState to);

    void ipUp(Ipcp.Result result);

    void ipDown();

    /** An IPv4 datagram from the peer (already decompressed). */
    void datagram(byte[] ip);

    /** LCP ran out of Configure-Requests without the link ever opening (lwIP's PPPERR_CONNECT). */
    void gaveUp();
}
