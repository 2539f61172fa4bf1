package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.events.EventTimeoutException;
import java.time.Duration;

/** Orders to the ESP32 model through its control socket, as the MicroPython shim gives them. */
public final class Esp32Control {
    public static final int CONTROL_PORT = 7000;

    private final Node node;
    private final EventLog events;

    public Esp32Control(Lab lab) {
        this.node = lab.node("esp32");
        this.events = lab.events();
    }

    /** Waits until the model process listens on its control socket. */
    public Esp32Control awaitReady(Duration timeout) {
        try {
            events.await(node.name(), EventKind.MODEL_READY, timeout);
        } catch (EventTimeoutException e) {
            throw new LabException("the ESP32 model did not start within " + timeout.toSeconds()
                    + " s; see esp32-console.log in the run folder");
        }
        return this;
    }

    /** Sends one command line; returns the model's one-line answer ({@code ok ...} or {@code error ERRNO}). */
    public String command(String line) {
        CommandResult result = node.exec("sh", "-c",
                "printf '%s\\n' \"$1\" | socat -t 5 - TCP:127.0.0.1:" + CONTROL_PORT, "control", line);
        if (!result.ok()) {
            throw new LabException("the ESP32 model's control socket did not answer '" + line + "': " + result.output());
        }
        return result.output().strip();
    }
}
