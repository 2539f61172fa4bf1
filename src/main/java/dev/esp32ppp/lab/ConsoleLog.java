package dev.esp32ppp.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.testcontainers.containers.output.OutputFrame;

/**
 * A node's console: every line it prints is kept, and lines of the form
 * {@code @@event KIND [DETAIL]} become events of that node on the lab's clock.
 */
final class ConsoleLog implements Consumer<OutputFrame> {
    private static final String EVENT_PREFIX = "@@event ";

    private final String node;
    private final EventLog events;
    private final List<String> lines = new ArrayList<>();

    ConsoleLog(String node, EventLog events) {
        this.node = node;
        this.events = events;
    }

    @Override
    public void accept(OutputFrame frame) {
        if (frame.getType() == OutputFrame.OutputType.END) {
            return;
        }
        String text = frame.getUtf8StringWithoutLineEnding();
        for (String line : text.split("\r?\n")) {
            line(line);
        }
    }

    void line(String line) {
        synchronized (lines) {
            lines.add(String.format("%9.3f %s", events.now().toNanos() / 1e9, line));
        }
        int at = line.indexOf(EVENT_PREFIX);
        if (at >= 0) {
            String[] kindAndDetail = line.substring(at + EVENT_PREFIX.length()).trim().split(" ", 2);
            events.record(node, kindAndDetail[0], kindAndDetail.length > 1 ? kindAndDetail[1] : "");
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
