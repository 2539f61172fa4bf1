package dev.esp32ppp.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** All events of one lab, stamped on one monotonic clock that starts with the log. */
public final class EventLog {
    private final long startNanos = System.nanoTime();
    private final List<Event> events = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    public Duration now() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * Holds the caller until a moment on this clock: for acting at a chosen time, not for waiting on events.
     * @return false when the thread was interrupted first (the flag stays set)
     */
    public boolean sleepUntil(Duration at) {
        long wait;
        while ((wait = at.minus(now()).toNanos()) > 0) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(wait);
        }
        return true;
    }

    public Event record(String node, String kind, String detail) {
        return add(new Event(now(), node, kind, detail, null));
    }

    public Event recordFrame(String node, String kind, String detail, byte[] frame) {
        return add(new Event(now(), node, kind, detail, frame));
    }

    private Event add(Event event) {
        synchronized (this) {
            events.add(event);
        }
        listeners.forEach(listener -> listener.accept(event));
        return event;
    }

    /** Tells {@code listener} of every event from now on, on the thread that records it. */
    public void listen(Consumer<Event> listener) {
        listeners.add(listener);
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
