package dev.esp32ppp.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which network stack came up in the ESP32 node, as it tells with {@link EventKind#MODEL_READY}:
 * the Java model or real lwIP with lwIP's version. The stack runs in another process, so this
 * crosses as the event's text; this class writes that text and reads it back.
 *
 * @param profile the firmware profile's id, e.g. {@code idf3-official}
 * @param stack the stack's id, {@code model} or {@code lwip}
 * @param version lwIP's version for real lwIP, null for the model
 */
public record StackReady(String profile, String stack, String version) implements EventData {
    private static final Pattern TEXT = Pattern.compile("profile=(\\S+) stack=(\\S+)(?: lwip=(\\S+))?");

    /** The event's detail, e.g. {@code profile=idf3-official stack=lwip lwip=2.1.3}. */
    public String text() {
        return "profile=" + profile + " stack=" + stack + (version == null ? "" : " lwip=" + version);
    }

    /** For a person: {@code model}, or {@code lwip 2.1.3}. */
    public String label() {
        return version == null ? stack : stack + " " + version;
    }

    /** The stack a model-ready detail tells, or null when the text is not one. */
    static StackReady read(String detail) {
        Matcher m = TEXT.matcher(detail);
        return m.matches() ? new StackReady(m.group(1), m.group(2), m.group(3)) : null;
    }
}
