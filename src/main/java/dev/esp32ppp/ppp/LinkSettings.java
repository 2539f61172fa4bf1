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
 * @param localAddress the IPv4 address IPCP asks for, 0 to have the peer assign one (lwIP's ouraddr)
 * @param addressForPeer the IPv4 address IPCP gives a peer that asks for 0.0.0.0, 0 for none (lwIP's hisaddr)
 */
public record LinkSettings(FsmConfig timers, boolean requestVj, boolean usePeerDns,
                           boolean ipv6, String papUser, String papPassword, int localAddress, int addressForPeer) {
    /** An end that asks the peer for its address and has none to give, as MicroPython's lwIP. */
    public LinkSettings(FsmConfig timers, boolean requestVj, boolean usePeerDns, boolean ipv6) {
        this(timers, requestVj, usePeerDns, ipv6, null, null, 0, 0);
    }

    /** The same, authenticating with PAP as {@code user}. */
    public LinkSettings withPap(String user, String password) {
        return new LinkSettings(timers, requestVj, usePeerDns, ipv6, user, password, localAddress, addressForPeer);
    }

    /**
     * The same with fixed addresses, as lwIP's ppp_set_ipcp_ouraddr and ppp_set_ipcp_hisaddr set
     * them: the end that a pppd would be, assigning the other end its address.
     */
    public LinkSettings withAddresses(int local, int forPeer) {
        return new LinkSettings(timers, requestVj, usePeerDns, ipv6, papUser, papPassword, local, forPeer);
    }
}
