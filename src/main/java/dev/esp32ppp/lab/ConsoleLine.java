package dev.esp32ppp.lab;

import dev.esp32ppp.serial.SerialLine;
import dev.esp32ppp.serial.SilentLine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The far end of a board's console UART when nobody is typing: what the board prints becomes
 * lines of the node's console log; nothing is ever sent to the board.
 */
final class ConsoleLine implements SerialLine {
    private final String name;
    private final ConsoleLog console;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final SilentLine silence = new SilentLine();

    ConsoleLine(String name, ConsoleLog console) {
        this.name = name;
        this.console = console;
    }

    @Override
    public int read(byte[] buffer) {
        return silence.read(buffer);
    }

    @Override
    public synchronized void write(byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = data[i];
            if (b == '\n') {
                flushLine();
            } else if (b != '\r' && pending.size() < 4096) {
                pending.write(b);
            }
        }
    }

    private void flushLine() {
        console.line(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            flushLine();
        }
        silence.close();
    }
}
