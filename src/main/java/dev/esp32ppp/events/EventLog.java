package dev.esp32ppp.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    public Event record(String node, EventKind kind, String detail) {
        return add(Event.of(now(), node, kind, detail));
    }

    public Event recordFrame(String node, EventKind kind, String detail, Frame frame) {
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

    /**
     * The first event of {@code kind} from {@code node}, recorded already or within {@code timeout}.
     * @throws EventTimeoutException when none came, e.g. "no ppp0-up from saxonsoc within 120 s"
     */
    public Event await(String node, EventKind kind, Duration timeout) {
        return await(kind.id() + " from " + node, e -> e.node().equals(node) && e.kind() == kind, timeout);
    }

    /**
     * The first event that matches, recorded already or within {@code timeout}. Nothing polls: a
     * listener hears each event as it is recorded (as testcontainers' log wait strategies follow a
     * container's output), so the wait ends the moment the event is there.
     *
     * @param what the awaited event in words, for the exception's message
     * @param match runs on the recording threads; must be quick
     * @throws EventTimeoutException when none came in time, or the thread was interrupted (its flag stays set)
     */
    public Event await(String what, Predicate<Event> match, Duration timeout) {
        CompletableFuture<Event> found = new CompletableFuture<>();
        Consumer<Event> listener = event -> {
            if (match.test(event)) {
                found.complete(event);
            }
        };
        // the recorded events and the listener are taken together, so no event falls between them
        synchronized (this) {
            events.stream().filter(match).findFirst().ifPresent(found::complete);
            listeners.add(listener);
        }
        try {
            // in milliseconds, so that a wait as long as the lab (TimeWindows.FOREVER) does not overflow
            return found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new EventTimeoutException("no " + what + " within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventTimeoutException("interrupted while waiting for " + what);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the wait is only ever completed with an event", e);
        } finally {
            listeners.remove(listener);
        }
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> select(Predicate<Event> filter) {
        return events().stream().filter(filter).toList();
    }

    public List<Event> of(String node, EventKind kind) {
        return select(e -> e.node().equals(node) && e.kind() == kind);
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
