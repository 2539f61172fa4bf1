package dev.esp32ppp.lab;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Questions asked of a SaxonSoc node's Linux guest. */
public final class LinuxGuest {
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(20);

    private final Node node;

    public LinuxGuest(Node node) {
        this.node = node;
    }

    public CommandResult run(String shellCommand) {
        return run(shellCommand, EXEC_TIMEOUT);
    }

    public CommandResult run(String shellCommand, Duration timeout) {
        return node.guestExec(shellCommand, timeout);
    }

    /** Waits until {@code ifconfig ppp0} shows the given local address; returns its output. */
    public String awaitPpp0(String localAddress, Duration timeout) {
        try {
            return Awaitility.await("ppp0 of " + node.name() + " up with " + localAddress)
                    .atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> run("ifconfig ppp0").output(), out -> out.contains("inet addr:" + localAddress));
        } catch (ConditionTimeoutException e) {
            throw new LabException("ppp0 of " + node.name() + " did not come up with " + localAddress
                    + " within " + timeout.toSeconds() + " s; see the transcript and its console log");
        }
    }
}
