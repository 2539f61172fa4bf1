package dev.esp32ppp.api;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.serial.HostPty;
import dev.esp32ppp.serial.Repl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The ESP32's MicroPython REPL on UART0, through a pseudo-terminal on the harness's side of the
 * board's cable and jSerialComm, as a tool on a real board's {@code /dev/ttyUSB0}. Opening it
 * takes UART0 from the node's console log (later lines go to the REPL, not to
 * {@link LabNode#console()}) and interrupts what runs at the prompt (Ctrl-C). Closed with the lab;
 * its pseudo-terminal lives in the run folder while open, as the passthru person's does.
 */
public final class BoardRepl implements AutoCloseable {
    private final Repl repl;
    private final Duration answer;

    private BoardRepl(Repl repl, Duration answer) {
        this.repl = repl;
        this.answer = answer;
    }

    static BoardRepl open(Lab lab, Duration answer) {
        try {
            HostPty pty = HostPty.open("repl", lab.runFolder().resolve("uart0"));
            lab.cable("esp32", "uart0").plug(pty);
            Repl repl = Repl.open(pty.path().toString(), Topologies.USB_SERIAL_BAUD);
            repl.interrupt(answer);
            return new BoardRepl(repl, answer);
        } catch (IOException e) {
            throw new UncheckedIOException("the ESP32's REPL did not answer: " + e.getMessage(), e);
        }
    }

    /**
     * Runs code through the raw REPL (Ctrl-A, code, Ctrl-D) and returns what it printed.
     *
     * @throws UncheckedIOException when it raised (the traceback is the message) or did not answer
     */
    public String exec(String code) {
        try {
            return repl.exec(code, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Types a line at the friendly prompt ({@code >>> }) and returns what it printed before the next.
     * A compound statement ({@code for i in range(3): print(i)}) goes on at {@code ... } until
     * blank lines end it, as at the board's own prompt: run such code with {@link #exec}.
     */
    public String enter(String line) {
        try {
            return repl.enter(line, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Presses Ctrl-D at an empty prompt: the board's soft reset (what your program made is freed,
     * boot.py and main.py run again, the WiFi stays joined). Returns what the board printed until
     * its prompt came back, from {@code MPY: soft reboot} on.
     *
     * @param untilPrompt how long main.py may take before the prompt is back
     * @throws UncheckedIOException when the prompt did not come back in time
     */
    public String softReset(Duration untilPrompt) {
        try {
            return repl.softReset(untilPrompt);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Closes the port; the lab closes it too. */
    @Override
    public void close() {
        repl.close();
    }
}
