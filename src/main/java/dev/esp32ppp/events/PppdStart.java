package dev.esp32ppp.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which pppd a Linux node started, as its watch script tells with {@link EventKind#PPPD_START}:
 * the version the running program gives for itself ({@code pppd --version}), so a script that
 * calls another pppd than the chosen one shows. This class reads the event's text.
 *
 * @param version e.g. {@code 2.4.9}; {@code unknown} when the program did not say
 */
public record PppdStart(String version) implements EventData {
    private static final Pattern TEXT = Pattern.compile("version=(\\S+) pid=[0-9 ]+");

    /** For a person: {@code pppd 2.4.9}. */
    public String label() {
        return "pppd " + version;
    }

    /** The pppd a pppd-start detail tells, e.g. {@code version=2.4.9 pid=812}, or null when the text is not one. */
    static PppdStart read(String detail) {
        Matcher m = TEXT.matcher(detail);
        return m.matches() ? new PppdStart(m.group(1)) : null;
    }
}
