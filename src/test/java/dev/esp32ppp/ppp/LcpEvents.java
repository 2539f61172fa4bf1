package dev.esp32ppp.ppp;

import java.util.ArrayList;
import java.util.List;

/** An LCP listener for tests of LCP alone: keeps the protocols the peer rejected, ignores the rest. */
final class LcpEvents implements Lcp.Listener {
    final List<Integer> rejectedProtocols = new ArrayList<>();

    @Override
    public void lcpUp(Lcp up) {
    }

    @Override
    public void lcpDown() {
    }

    @Override
    public void lcpFinished() {
    }

    @Override
    public void protocolRejected(int protocol) {
        rejectedProtocols.add(protocol);
    }
}
