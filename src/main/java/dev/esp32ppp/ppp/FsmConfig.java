package dev.esp32ppp.ppp;

/**
 * The automaton's counters and timer (RFC 1661 section 4.6).
 *
 * @param restartMillis the restart timer: how long to wait for an answer before sending again
 * @param maxConfigure Configure-Requests sent without an answer before giving up
 * @param maxTerminate Terminate-Requests sent without an answer before giving up
 * @param maxFailure Configure-Naks sent before Naks turn into Rejects
 */
public record FsmConfig(long restartMillis, int maxConfigure, int maxTerminate, int maxFailure) {
    /** RFC 1661's suggested values. */
    public static final FsmConfig RFC_DEFAULTS = new FsmConfig(3000, 10, 2, 5);
}
