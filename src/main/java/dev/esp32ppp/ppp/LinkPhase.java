package dev.esp32ppp.ppp;

/** The phases of a PPP link (RFC 1661 section 3.2), with lwIP's Disconnect on the way from Terminate to Dead. */
public enum LinkPhase {
    DEAD, ESTABLISH, AUTHENTICATE, NETWORK, RUNNING, TERMINATE, DISCONNECT
}
