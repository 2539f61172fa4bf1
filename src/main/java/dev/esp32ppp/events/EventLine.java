package dev.esp32ppp.events;

/**
 * An event as a node prints it on its console for the harness to read: {@code @@event KIND
 * [DETAIL]}, one a line. The ESP32 model writes these lines with this class; the node scripts
 * (containers/common/event.sh) and the board shims (board.py) write the same form.
 */
public record EventLine(EventKind kind, String detail) {
    public static final String PREFIX = "@@event ";

    public String text() {
        return PREFIX + kind.id() + (detail.isEmpty() ? "" : " " + detail);
    }

    /**
     * The event a console line carries, or null when it carries none. A kind the catalogue does
     * not have comes as {@link EventKind#UNCATALOGUED} with the line's words as its detail, so that
     * nothing a node reports is lost.
     */
    public static EventLine find(String line) {
        int at = line.indexOf(PREFIX);
        if (at < 0) {
            return null;
        }
        String words = line.substring(at + PREFIX.length()).trim();
        String[] kindAndDetail = words.split(" ", 2);
        String detail = kindAndDetail.length > 1 ? kindAndDetail[1] : "";
        return EventKind.find(kindAndDetail[0]).map(kind -> new EventLine(kind, detail))
                .orElseGet(() -> new EventLine(EventKind.UNCATALOGUED, words));
    }
}
