package dev.esp32ppp.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Drives a MicroPython REPL over a serial port, as tools do on real boards: lines at the
 * friendly prompt, or code through the raw REPL (Ctrl-A, code, Ctrl-D; output and error each
 * end with Ctrl-D). The same code runs on a board's /dev/ttyUSB0 and on the lab's pty.
 */
public final class Repl implements AutoCloseable {
    private static final String PROMPT = ">>> ";
    private static final String RAW_BANNER = "raw REPL; CTRL-B to exit\r\n>";

    private final SerialPort port;

    private Repl(SerialPort port) {
        this.port = port;
    }

    public static Repl open(String device, int baud) throws IOException {
        SerialPort port = SerialPort.getCommPort(device);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open " + device + " (error " + port.getLastErrorCode() + ")");
        }
        return new Repl(port);
    }

    /**
     * Cancels whatever runs and waits for a fresh prompt: Ctrl-C twice, then a line whose output
     * cannot be its own echo, so whatever the board printed before is read past.
     */
    public void interrupt(Duration timeout) throws IOException {
        send("\u0003\u0003");
        send("print('repl-' + 'sync')\r");
        readUntil("repl-sync\r\n" + PROMPT, timeout);
    }

    /** Types a line at the prompt; returns what it printed before the next prompt. */
    public String enter(String line, Duration timeout) throws IOException {
        send(line + "\r");
        String echoAndOutput = readUntil(PROMPT, timeout);
        int echoEnd = echoAndOutput.indexOf("\r\n");
        return echoEnd < 0 ? "" : echoAndOutput.substring(echoEnd + 2, echoAndOutput.length() - PROMPT.length());
    }

    /**
     * Types a line and does not wait for the prompt: for a line after which the port may carry
     * something else (ppptun, once SW1 is flipped, carries PPP).
     */
    public void type(String line) throws IOException {
        send(line + "\r");
    }

    /** Runs code through the raw REPL; returns its output, or throws with the board's traceback. */
    public String exec(String code, Duration timeout) throws IOException {
        send("\r\u0003\u0001");
        readUntil(RAW_BANNER, timeout);
        send(code + "\u0004");
        readUntil("OK", timeout);
        String output = readUntil("\u0004", timeout);
        String error = readUntil("\u0004>", timeout);
        send("\u0002");
        readUntil(PROMPT, timeout);
        if (error.length() > 2) {
            throw new IOException("the board raised: " + error.substring(0, error.length() - 2).strip());
        }
        return output.substring(0, output.length() - 1);
    }

    /**
     * Ctrl-D at an empty prompt: the board's soft reset, after which boot.py and main.py run
     * again; returns what the board printed from the reset until the prompt came back.
     */
    public String softReset(Duration timeout) throws IOException {
        send("\u0003");
        readUntil(PROMPT, timeout);
        send("\u0004");
        String printed = readUntil("MPY: soft reboot\r\n", timeout);
        return printed.substring(printed.indexOf("MPY: soft reboot")) + readUntil(PROMPT, timeout);
    }

    /**
     * Hands everything the board sends to {@code sink} (e.g. a sniffer, once the port carries PPP)
     * until {@code enough} holds or the time is up; says whether it held.
     */
    public boolean listen(Sink sink, BooleanSupplier enough, Duration timeout) {
        byte[] buffer = new byte[512];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!enough.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            int n = port.readBytes(buffer, buffer.length);
            if (n > 0) {
                sink.accept(buffer, 0, n);
            }
        }
        return true;
    }

    /** Where {@link #listen} puts the bytes. */
    public interface Sink {
        void accept(byte[] data, int off, int len);
    }

    private void send(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (port.writeBytes(bytes, bytes.length) != bytes.length) {
            throw new IOException("writing to " + port.getSystemPortPath() + " failed");
        }
    }

    private String readUntil(String marker, Duration timeout) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] one = new byte[1];
        while (System.nanoTime() < deadline) {
            if (port.readBytes(one, 1) == 1) {
                seen.write(one[0]);
                if (seen.toString(StandardCharsets.UTF_8).endsWith(marker)) {
                    return seen.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no '" + marker.replace("\u0004", "^D") + "' from the board within "
                + timeout.toSeconds() + " s; it said: " + seen.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        port.closePort();
    }
}
