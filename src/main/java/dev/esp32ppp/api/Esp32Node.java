package dev.esp32ppp.api;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.Node;
import java.time.Duration;

/**
 * The ESP32 board: MicroPython running the flash's boot.py and main.py, its PPP on UART2, its
 * WiFi on the LAN, the REPL on UART0. {@link #exec} runs in its container, where {@code ip}
 * shows the routes that mirror lwIP's choice of default interface.
 */
public final class Esp32Node extends LabNode {
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final Lab lab;
    private BoardRepl repl;

    Esp32Node(Lab lab, Node node) {
        super(lab, node);
        this.lab = lab;
    }

    /** Its routing table ({@code ip route}), e.g. {@code default via 192.168.28.254 dev wlan0} once WiFi is up. */
    public String routes() {
        return exec("ip route").output();
    }

    /** Its default route alone: on wlan0 as it should be, on ppp0 when the routing is spoilt. */
    public String defaultRoute() {
        return exec("ip route show default").output().strip();
    }

    /** The board's REPL, opened on first use (see {@link BoardRepl} for what that takes from the console). */
    public synchronized BoardRepl repl() {
        if (repl == null) {
            repl = BoardRepl.open(lab, ANSWER);
        }
        return repl;
    }

    /** Runs code at the board's REPL and returns what it printed: {@code repl().exec(code)}. */
    public String repl(String code) {
        return repl().exec(code);
    }

    synchronized void closeRepl() {
        if (repl != null) {
            repl.close();
        }
    }
}
