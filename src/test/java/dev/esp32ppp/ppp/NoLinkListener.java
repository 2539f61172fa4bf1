package dev.esp32ppp.ppp;

/** A link listener that ignores everything: for tests that watch the link from outside. */
final class NoLinkListener implements LinkListener {
    @Override
    public void phase(LinkPhase phase) {
    }

    @Override
    public void transition(String protocol, FsmState from, FsmState to) {
    }

    @Override
    public void ipUp(Ipcp.Result result) {
    }

    @Override
    public void ipDown() {
    }

    @Override
    public void datagram(byte[] ip) {
    }

    @Override
    public void gaveUp() {
    }
}
