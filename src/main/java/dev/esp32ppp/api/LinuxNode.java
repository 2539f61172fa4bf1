package dev.esp32ppp.api;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.Node;
import java.time.Duration;

/**
 * A Linux that runs pppd: the SaxonSoc board (its init scripts, S30ppp among them, run at boot)
 * or the pc of the passthru setup. {@link #exec} runs in its Linux guest, where {@code pppd},
 * {@code ifconfig ppp0} and {@code curl} are.
 */
public final class LinuxNode extends LabNode {
    private final LinuxGuest guest;

    LinuxNode(Lab lab, Node node) {
        super(lab, node);
        this.guest = new LinuxGuest(node);
    }

    /**
     * Waits until {@code ifconfig ppp0} shows the Linux's PPP address, 10.0.5.2; returns its output.
     *
     * @throws dev.esp32ppp.lab.LabException when it did not come up in time
     */
    public String awaitPpp0(Duration timeout) {
        return guest.awaitPpp0(LabAddresses.LINUX_PPP, timeout);
    }
}
