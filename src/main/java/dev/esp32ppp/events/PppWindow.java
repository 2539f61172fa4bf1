package dev.esp32ppp.events;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the ESP32's firmware keeps asking for PPP after connect(), as its model tells it with
 * {@link EventKind#PPP_ACTIVE}. The model runs in another process, so the window crosses as the
 * event's text; this class writes that text and reads it back, and nobody else parses it.
 *
 * @param profile the firmware profile's id, e.g. {@code idf3-official}
 * @param length the window
 */
public record PppWindow(String profile, Duration length) implements EventData {
    private static final Pattern TEXT = Pattern.compile("profile=(\\S+) window=(\\d+)ms");

    /** The event's detail, e.g. {@code profile=idf3-official window=10000ms}. */
    public String text() {
        return "profile=" + profile + " window=" + length.toMillis() + "ms";
    }

    /** The window a ppp-active detail tells, or null when the text is not one. */
    static PppWindow read(String detail) {
        Matcher m = TEXT.matcher(detail);
        return m.matches() ? new PppWindow(m.group(1), Duration.ofMillis(Long.parseLong(m.group(2)))) : null;
    }
}
