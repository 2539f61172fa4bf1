package dev.esp32ppp.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** All events of one lab, stamped on one monotonic clock that starts with the log. */
public final class EventLog {
    private final long startNanos = System.nanoTime();
    private final List<Event> events = new ArrayList<>();

    public Duration now() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public Event record(String node, String kind, String detail) {
        return add(new Event(now(), node, kind, detail, null));
    }

    public Event recordFrame(String node, String kind, String detail, byte[] frame) {
        return add(new Event(now(), node, kind, detail, frame));
    }

    private synchronized Event add(Event event) {
        events.add(event);
        return event;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> select(Predicate<Event> filter) {
        return events().stream().filter(filter).toList();
    }

    public List<Event> of(String node, String kind) {
        return select(e -> e.node().equals(node) && e.kind().equals(kind));
    }

    /** Every event, one a line. */
    public void writeTo(Path file) throws IOException {
        Files.write(file, events().stream().map(Event::line).toList());
    }

    /** The frames only: the PPP transcript of the run. */
    public void writeTranscriptTo(Path file) throws IOException {
        Files.write(file, select(Event::isFrame).stream().map(Event::line).toList());
    }
}
