package dev.esp32ppp.ppp;

/** The ten states of the RFC 1661 option negotiation automaton. */
public enum FsmState {
    INITIAL, STARTING, CLOSED, STOPPED, CLOSING, STOPPING, REQ_SENT, ACK_RCVD, ACK_SENT, OPENED
}
