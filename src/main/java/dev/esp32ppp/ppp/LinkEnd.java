package dev.esp32ppp.ppp;

/**
 * Why a link died: what lwIP's status callback hears when the phase reaches Dead
 * (MicroPython's network.PPP acts on it).
 */
public enum LinkEnd {
    /** LCP ran out of Configure-Requests without the link ever opening (PPPERR_CONNECT). */
    GAVE_UP,
    /** The link had opened and ended otherwise, e.g. the peer terminated it (PPPERR_CONNECT). */
    LOST,
    /** The owner closed it (PPPERR_USER). */
    CLOSED
}
