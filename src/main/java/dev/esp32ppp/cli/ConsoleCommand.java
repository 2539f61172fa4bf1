package dev.esp32ppp.cli;

import com.fazecast.jSerialComm.SerialPort;
import dev.esp32ppp.lab.LabException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The ESP32's REPL of the lab that is up, through jSerialComm as on a board's /dev/ttyUSB0. On a
 * terminal, keys go through as typed and Ctrl-] leaves; from a pipe, the lines are sent and the
 * command ends once the board has been quiet for a moment after the input's end.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Talk to the ESP32's REPL (UART0) of the lab that is up; Ctrl-] leaves.")
final class ConsoleCommand implements Callable<Integer> {
    static final int BAUD = 115200;
    private static final int LEAVE = 0x1d;
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

    @Parameters(index = "0", paramLabel = "NODE", description = "esp32 (the node with a REPL)")
    String node;

    private final InputStream in;
    private final PrintStream out;

    ConsoleCommand() {
        this(System.in, System.out);
    }

    ConsoleCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        LabSession session = LabSession.required();
        if (!node.equals("esp32") || session.console() == null) {
            throw new LabException("console talks to the ESP32's REPL: ./harness console esp32 (the lab that is up "
                    + "has " + (session.console() == null ? "no ESP32" : "it as esp32") + "); use exec for the other nodes");
        }
        SerialPort port = SerialPort.getCommPort(session.console().toString());
        port.setComPortParameters(BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 200, 0);
        if (!port.openPort()) {
            throw new LabException("cannot open the ESP32's console " + session.console() + " (error "
                    + port.getLastErrorCode() + "); is another console open on it?");
        }
        boolean terminal = Terminal.hasKeyboard();
        String saved = terminal ? RawTerminal.enter() : null;
        System.err.print("connected to esp32's REPL at " + session.console() + (terminal ? "; Ctrl-] leaves\r\n" : "\n"));
        AtomicLong lastOutput = new AtomicLong(System.nanoTime());
        Thread reader = Thread.ofPlatform().daemon().name("console-reader").start(() -> copyOut(port, lastOutput));
        try {
            copyIn(port);
            if (!terminal) {
                awaitQuiet(lastOutput);
            }
        } finally {
            reader.interrupt();
            port.closePort();
            if (saved != null) {
                RawTerminal.restore(saved);
            }
        }
        return 0;
    }

    private void copyIn(SerialPort port) throws IOException {
        byte[] buffer = new byte[256];
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == LEAVE) {
                    port.writeBytes(buffer, i);
                    return;
                }
            }
            // a pipe's lines end in \n; the REPL takes Enter as \r, as a terminal sends it
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    buffer[i] = '\r';
                }
            }
            port.writeBytes(buffer, n);
        }
    }

    private void copyOut(SerialPort port, AtomicLong lastOutput) {
        byte[] buffer = new byte[256];
        while (!Thread.currentThread().isInterrupted() && port.isOpen()) {
            int n = port.readBytes(buffer, buffer.length);
            if (n > 0) {
                out.write(buffer, 0, n);
                out.flush();
                lastOutput.set(System.nanoTime());
            } else if (n < 0) {
                return;
            }
        }
    }

    /** After piped input, the board's answer is in once it has been quiet for a moment. */
    private static void awaitQuiet(AtomicLong lastOutput) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() - lastOutput.get() < QUIET_NANOS && System.nanoTime() < deadline) {
            LockSupport.parkNanos(QUIET_NANOS / 10);
        }
    }
}
