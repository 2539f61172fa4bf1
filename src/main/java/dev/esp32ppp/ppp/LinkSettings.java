package dev.esp32ppp.ppp;

/**
 * How one end of a link negotiates.
 *
 * @param timers the restart timer and counters of every automaton (LCP, IPCP, IPV6CP; PAP's requests
 *               too), as lwIP has one setting for all: LCP's decide how long the end waits for a peer
 * @param requestVj whether IPCP asks for Van Jacobson compression
 * @param usePeerDns whether IPCP asks the peer for its name servers (lwIP's usepeerdns)
 * @param ipv6 whether IPV6CP is started
 * @param papUser PAP name, or null for no authentication
 * @param papPassword PAP password
 */
public record LinkSettings(FsmConfig timers, boolean requestVj, boolean usePeerDns,
                           boolean ipv6, String papUser, String papPassword) {
    /** The same, authenticating with PAP as {@code user}. */
    public LinkSettings withPap(String user, String password) {
        return new LinkSettings(timers, requestVj, usePeerDns, ipv6, user, password);
    }
}
