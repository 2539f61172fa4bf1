package dev.esp32ppp.ppp;

/**
 * How one end of a link negotiates.
 *
 * @param lcpTimers LCP's restart timer and counters: they decide how long the end waits for a peer
 * @param ncpTimers the timers of IPCP, IPV6CP and PAP
 * @param requestVj whether IPCP asks for Van Jacobson compression
 * @param usePeerDns whether IPCP asks the peer for its name servers (lwIP's usepeerdns)
 * @param ipv6 whether IPV6CP is started
 * @param papUser PAP name, or null for no authentication
 * @param papPassword PAP password
 */
public record LinkSettings(FsmConfig lcpTimers, FsmConfig ncpTimers, boolean requestVj, boolean usePeerDns,
                           boolean ipv6, String papUser, String papPassword) {
    /** The same, authenticating with PAP as {@code user}. */
    public LinkSettings withPap(String user, String password) {
        return new LinkSettings(lcpTimers, ncpTimers, requestVj, usePeerDns, ipv6, user, password);
    }
}
