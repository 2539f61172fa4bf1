package dev.esp32ppp.ppp;

/** What a control protocol (LCP, IPCP, IPV6CP) adds to the RFC 1661 automaton. */
public interface FsmLayer {
    /** Resets negotiation to the layer's initial wishes (called when a new negotiation starts). */
    void resetOptions();

    /** The options of our next Configure-Request. */
    byte[] requestOptions();

    /** Judges the peer's Configure-Request; {@code rejectInsteadOfNak} once max-failure is reached. */
    ConfigureVerdict examine(byte[] options, boolean rejectInsteadOfNak);

    /** The peer acked our request as sent. @return false if the Ack does not match it */
    boolean acked(byte[] options);

    /** The peer Nak'ed (or, with {@code rejected}, Rejected) some of our options. @return false when malformed */
    boolean naked(byte[] options, boolean rejected);

    void up();

    void down();

    void started();

    void finished();

    /**
     * A packet of a code the automaton does not handle (Echo, Discard, Protocol-Reject for LCP).
     * @return false when the code is unknown, so the automaton sends a Code-Reject
     */
    default boolean extraCode(ControlPacket packet, FsmState state) {
        return false;
    }
}
