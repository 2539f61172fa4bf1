package dev.esp32ppp.events;

/** An event awaited on the log did not come in time. */
public final class EventTimeoutException extends RuntimeException {
    EventTimeoutException(String message) {
        super(message);
    }
}
