package dev.esp32ppp.lab;

import dev.esp32ppp.events.EventLine;
import dev.esp32ppp.events.EventLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.testcontainers.containers.output.OutputFrame;

/**
 * A node's console: every line it prints is kept, and lines of the form
 * {@code @@event KIND [DETAIL]} ({@link EventLine}) become events of that node on the lab's clock.
 */
final class ConsoleLog implements Consumer<OutputFrame> {
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
        EventLine event = EventLine.find(line);
        if (event != null) {
            events.record(node, event.kind(), event.detail());
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
