package dev.esp32ppp.steps;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventTimeoutException;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.Passthru;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.serial.HostPty;
import dev.esp32ppp.serial.Repl;
import java.io.IOException;
import java.time.Duration;

/**
 * The person of the passthru notes: with SW1=ON, opens a terminal on the pc's USB serial
 * (jSerialComm on a pty, as on /dev/ttyUSB0), types "import ppptun" and "p=ppptun.ppptun()",
 * flips SW1 to OFF after the planned time, closes the terminal and runs the pppd script.
 */
public final class PassthruPerson {
    private static final int BAUD = Topologies.USB_SERIAL_BAUD;
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final Lab lab;

    public PassthruPerson(Lab lab) {
        this.lab = lab;
    }

    /** Plays the plan: passed once pppd runs, failed with the reason when a step did not come. */
    public CheckResult perform(Steps.PassthruPlan plan) {
        String name = "the person starts ppptun at the REPL, flips SW1 after " + plan.flipAfter().toMillis() / 1000.0
                + " s and runs pppd";
        Passthru passthru = lab.passthru();
        try {
            new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            // the ESP32 at its prompt and the pc booted
            lab.events().await("esp32", EventKind.MAIN_DONE, Duration.ofSeconds(60));
            lab.events().await("pc", EventKind.INIT_DONE, Duration.ofSeconds(60));
            HostPty screen = HostPty.open("screen", lab.runFolder().resolve("ttyUSB0"));
            passthru.terminal(screen);
            try (Repl repl = Repl.open(screen.path().toString(), BAUD)) {
                repl.interrupt(ANSWER);
                String usage = repl.enter("import ppptun", ANSWER);
                if (!usage.contains("usage:")) {
                    return CheckResult.fail(name, "import ppptun printed no usage: " + usage.strip());
                }
                repl.enter("p=ppptun.ppptun()", ANSWER);
            }
            // the prompt can come back before the stack's connect event has crossed to the harness
            Duration connect = lab.events().await("esp32", EventKind.PPP_CONNECT, Duration.ofSeconds(10)).at();
            lab.events().sleepUntil(connect.plus(plan.flipAfter()));
            passthru.sw1(false);
            passthru.closeTerminal();
            lab.node("pc").guestExec("/root/pppd-passthru", Duration.ofSeconds(20));
            return CheckResult.pass(name);
        } catch (IOException | EventTimeoutException e) {
            // a board that never got ready fails this step with the reason, as a check does
            return CheckResult.fail(name, e.getMessage());
        }
    }
}
