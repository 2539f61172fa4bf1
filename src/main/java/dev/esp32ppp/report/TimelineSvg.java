package dev.esp32ppp.report;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppWindow;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.ppp.ControlProtocol;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The timeline picture of one lab: one lane per node on the lab's clock, with phases as bands
 * (boot delay, main.py's wait, the ESP32's PPP window), events as markers labelled as the event
 * catalogue labels them (power-on, pppd start, WiFi up, route changes, recipes), LCP/IPCP
 * packets as ticks and each check as a pass/fail mark; under a node's name, the pppd it ran. Labels that would print over each other
 * go on rows below one another ({@link LabelRows}), and a lane grows to hold them. Labs drawn
 * with the same {@code seconds} share a scale, so two timelines side by side compare.
 */
final class TimelineSvg {
    private static final int WIDTH = 1100;
    private static final int LEFT = 96;
    private static final int RIGHT = 24;
    private static final int AXIS = 24;
    /** A node's lane, at least: bands, frame ticks, then markers at {@link #LANE_MARKERS} with their labels below. */
    private static final int LANE = 70;
    private static final int LANE_MARKERS = 34;
    /** The lab's strip, at least: the cable's unplugged band, then markers at {@link #STRIP_MARKERS}. */
    private static final int STRIP = 46;
    private static final int STRIP_MARKERS = 24;
    /** From a marker down to its label's first row's baseline. */
    private static final int LABEL_DROP = 10;
    /** From one row of labels to the next: a 10 px font's box (DejaVu Sans: 11.6 px) and some air. */
    private static final int ROW = 13;
    /** Below the last row of labels: the font's descent and some air. */
    private static final int LANE_FOOT = 8;
    /** A check's mark, a disc at the middle of the lane's first {@link #LANE} pixels. */
    private static final int CHECK_RADIUS = 9;

    /** A phase drawn as a band from the first {@code from} event to the next {@code to} event. */
    private record Band(EventKind from, EventKind to, String label, String css) {
    }

    private static final List<Band> BANDS = List.of(
            new Band(EventKind.BOOT_START, EventKind.BOOT_DONE, "boot delay", "wait"),
            new Band(EventKind.MICROPYTHON_START, EventKind.PPP_CONNECT, "main.py waits", "wait"));

    /** Events of the lab itself (cable, DIP switch, terminal) shown in a strip above the lanes. */
    private static final Set<String> LAB_NODES = Set.of("cable", "harness");

    /**
     * A lane laid out: its events, those drawn as markers, their labels' places (null where a
     * label prints with an earlier one's) and its height.
     */
    private record Lane(List<Event> events, List<Event> markers, List<LabelRows.Placed> labels, int height) {
    }

    private final LabRecord lab;
    private final double seconds;
    private final StringBuilder svg = new StringBuilder();

    private TimelineSvg(LabRecord lab, double seconds) {
        this.lab = lab;
        this.seconds = Math.max(1, seconds);
    }

    /** The picture of {@code lab} on an axis {@code seconds} long. */
    static String of(LabRecord lab, double seconds) {
        return new TimelineSvg(lab, seconds).draw();
    }

    private String draw() {
        Lane strip = layOut(lab.events().stream().filter(e -> LAB_NODES.contains(e.node())).toList(), STRIP_MARKERS,
                STRIP, List.of());
        List<Lane> lanes = lab.nodes().stream().map(node -> lab.events().stream().filter(e -> e.node().equals(node))
                .toList()).map(events -> layOut(events, LANE_MARKERS, LANE, checkMarks(events))).toList();
        int height = AXIS + strip.height() + lanes.stream().mapToInt(Lane::height).sum() + 8;
        svg.append(String.format(Locale.ROOT, "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"timeline of %s\">", WIDTH, height,
                Html.esc(lab.title())));
        axis(height);
        labStrip(strip, AXIS);
        int top = AXIS + strip.height();
        for (int i = 0; i < lanes.size(); i++) {
            lane(lab.nodes().get(i), lanes.get(i), top, i);
            top += lanes.get(i).height();
        }
        int bottom = top;
        strip.events().stream().filter(e -> e.kind() == EventKind.ANCHOR).forEach(e -> anchor(e, bottom));
        return svg.append("</svg>").toString();
    }

    /** The lane of these events: its markers' labels placed in rows clear of {@code taken}, and the height they need. */
    private Lane layOut(List<Event> events, int markersAt, int least, List<LabelRows.Taken> taken) {
        List<Event> markers = events.stream().filter(e -> label(e) != null).toList();
        List<LabelRows.Placed> labels = LabelRows.place(markers.stream()
                .map(e -> new LabelRows.Label(x(at(e)) + 4, label(e))).toList(), taken, WIDTH - 2);
        int rows = LabelRows.rows(labels);
        int height = rows == 0 ? least : markersAt + LABEL_DROP + (rows - 1) * ROW + LANE_FOOT;
        return new Lane(events, markers, labels, Math.max(least, height));
    }

    /** Where the lane's check marks stand: across the first row of labels, which keeps clear of them. */
    private List<LabelRows.Taken> checkMarks(List<Event> events) {
        return events.stream().filter(TimelineSvg::isCheck)
                .map(e -> new LabelRows.Taken(x(at(e)) - CHECK_RADIUS, x(at(e)) + CHECK_RADIUS)).toList();
    }

    private static boolean isCheck(Event e) {
        return e.kind() == EventKind.CHECK_PASS || e.kind() == EventKind.CHECK_FAIL;
    }

    /**
     * What the timeline prints at an event's marker: the catalogue's label, a route as
     * "default: ppp0", a Linux kernel with the mode its pppd runs in ("kernel: uml"); null for none.
     */
    private static String label(Event e) {
        if (e.data() instanceof PppdKernel kernel) {
            return e.kind().label() + ": " + kernel.id();
        }
        return e.kind() == EventKind.ROUTE ? routeLabel(e.detail()) : e.kind().label();
    }

    private double x(double at) {
        return LEFT + at / seconds * (WIDTH - LEFT - RIGHT);
    }

    private static double at(Event e) {
        return e.at().toNanos() / 1e9;
    }

    private void axis(int height) {
        double step = niceStep(seconds / 10);
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text class=\"tick-label\" x=\"%.1f\" y=\"14\">%s s</text>", x(t), AXIS - 4, x(t), height,
                    x(t), trim(t)));
        }
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : new double[] {1, 2, 5, 10}) {
            if (nice * magnitude >= rough) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trim(double t) {
        return t == Math.rint(t) ? Long.toString((long) t) : String.format(Locale.ROOT, "%.1f", t);
    }

    private void labStrip(Lane strip, int top) {
        svg.append(String.format(Locale.ROOT, "<g class=\"strip\"><rect class=\"strip-bg\" x=\"0\" y=\"%d\" "
                + "width=\"%d\" height=\"%d\"/><text class=\"lane-name\" x=\"6\" y=\"%d\">lab</text>", top, WIDTH,
                strip.height(), top + 21));
        List<Event> cable = strip.events().stream().filter(e -> e.node().equals("cable")).toList();
        for (Event out : cable) {
            if (out.kind() == EventKind.UNPLUGGED) {
                Event back = first(cable, EventKind.REPLUGGED, at(out));
                band(at(out), back == null ? lab.seconds() : at(back), top, "unplugged", "unplugged",
                        String.format(Locale.ROOT, "the cable is out from %.2f s", at(out)));
            }
        }
        markers(strip, top + STRIP_MARKERS, "lab-event");
        svg.append("</g>");
    }

    /**
     * Where the times of an anchored impairment count from: a dashed line from the lab strip down
     * through every lane, to {@code bottom}; its label (t0) is the strip's, placed with the others.
     */
    private void anchor(Event e, int bottom) {
        double cx = x(at(e));
        svg.append(String.format(Locale.ROOT, "<g class=\"anchor\"><title>%.3f s %s</title><line x1=\"%.1f\" y1=\"%d\" "
                + "x2=\"%.1f\" y2=\"%d\"/></g>", at(e), Html.esc(e.detail()), cx, AXIS, cx, bottom));
    }

    private void lane(String node, Lane lane, int top, int index) {
        svg.append(String.format(Locale.ROOT, "<g class=\"lane\" data-node=\"%s\"><rect class=\"lane-bg lane-%d\" "
                + "x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/><text class=\"lane-name\" x=\"6\" y=\"%d\">%s</text>",
                Html.esc(node), index % 2, top, WIDTH, lane.height(), top + LANE / 2 + 4, Html.esc(node)));
        List<String> pppd = lab.pppdVersions(node);
        if (!pppd.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"lane-pppd\" x=\"6\" y=\"%d\">pppd %s</text>",
                    top + LANE / 2 + 18, Html.esc(String.join(", ", pppd))));
        }
        bands(lane.events(), top);
        window(lane.events(), top);
        ticks(lane.events(), top);
        markers(lane, top + LANE_MARKERS, "event");
        for (Event e : lane.events()) {
            if (isCheck(e)) {
                check(e, top);
            }
        }
        svg.append("</g>");
    }

    private void bands(List<Event> events, int top) {
        for (Band band : BANDS) {
            Event from = first(events, band.from(), 0);
            if (from == null) {
                continue;
            }
            Event to = first(events, band.to(), at(from));
            band(at(from), to == null ? lab.seconds() : at(to), top, band.label(), band.css(),
                    band.label() + " " + String.format(Locale.ROOT, "%.2f s", at(from)));
        }
    }

    /** The ESP32's PPP window: from connect() for as long as its firmware keeps asking. */
    private void window(List<Event> events, int top) {
        Event connect = first(events, EventKind.PPP_CONNECT, 0);
        Event active = first(events, EventKind.PPP_ACTIVE, 0);
        if (connect == null || active == null || !(active.data() instanceof PppWindow asks)) {
            return;
        }
        double window = asks.length().toNanos() / 1e9;
        band(at(connect), at(connect) + window, top, "PPP window " + trim(window) + " s", "window",
                String.format(Locale.ROOT, "the ESP32 asks for PPP from %.2f s to %.2f s", at(connect),
                        at(connect) + window));
    }

    /** A band with its label inside; a label longer than its band is left to the band's title. */
    private void band(double from, double to, int top, String label, String css, String title) {
        double x1 = x(from);
        double x2 = Math.max(x1 + 2, x(Math.min(to, seconds)));
        svg.append(String.format(Locale.ROOT, "<g class=\"band %s\"><title>%s</title><rect x=\"%.1f\" y=\"%d\" "
                + "width=\"%.1f\" height=\"14\" rx=\"3\"/>", css, Html.esc(title), x1, top + 4, x2 - x1));
        if (LabelRows.width(label) + 6 <= x2 - x1) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x1 + 3, top + 15,
                    Html.esc(label)));
        }
        svg.append("</g>");
    }

    /** LCP and IPCP packets the node sent, as short ticks under its band. */
    private void ticks(List<Event> events, int top) {
        for (Event e : events) {
            String css = e.isFrame() ? tickCss(e.frame().protocol()) : null;
            if (css != null) {
                svg.append(String.format(Locale.ROOT, "<line class=\"frame %s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                        + "y2=\"%d\"><title>%.3f s %s</title></line>", css, x(at(e)), top + 20, x(at(e)), top + 28,
                        at(e), Html.esc(e.detail())));
            }
        }
    }

    private static String tickCss(int protocol) {
        return ControlProtocol.of(protocol).map(control -> switch (control) {
            case LCP -> "lcp";
            case IPCP -> "ipcp";
            case IPV6CP, PAP -> "ncp";
            case CCP -> null;
        }).orElse(null);
    }

    /** "default dev ppp0" or "default via 192.168.28.254 dev wlan0" as "default: ppp0". */
    private static String routeLabel(String route) {
        int dev = route.indexOf(" dev ");
        return dev < 0 ? "route" : route.substring(0, route.indexOf(' ') < 0 ? route.length() : route.indexOf(' '))
                + ": " + route.substring(dev + 5).split(" ")[0];
    }

    /** The lane's markers at {@code y}, each label on its row below. */
    private void markers(Lane lane, int y, String css) {
        for (int i = 0; i < lane.markers().size(); i++) {
            Event e = lane.markers().get(i);
            svg.append(String.format(Locale.ROOT, "<g class=\"%s %s\"><title>%.3f s %s %s</title><circle cx=\"%.1f\" "
                    + "cy=\"%d\" r=\"3.5\"/>", css, Html.esc(e.kind().id()), at(e), Html.esc(e.kind().id()),
                    Html.esc(e.detail()), x(at(e)), y));
            LabelRows.Placed label = lane.labels().get(i);
            if (label != null) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", label.x(),
                        y + LABEL_DROP + label.row() * ROW, Html.esc(label.text())));
            }
            svg.append("</g>");
        }
    }

    private void check(Event e, int top) {
        boolean passed = e.kind() == EventKind.CHECK_PASS;
        double cx = x(at(e));
        int cy = top + LANE / 2;
        String glyph = passed
                ? String.format(Locale.ROOT, "<path d=\"M%.1f %d l4 4 l7 -9\"/>", cx - 5, cy)
                : String.format(Locale.ROOT, "<path d=\"M%.1f %d l10 10 M%.1f %d l-10 10\"/>", cx - 5, cy - 5,
                        cx + 5, cy - 5);
        svg.append(String.format(Locale.ROOT, "<g class=\"check %s\"><title>%s %.3f s: %s</title><circle cx=\"%.1f\" "
                + "cy=\"%d\" r=\"%d\"/>%s</g>", passed ? "check-pass" : "check-fail", passed ? "PASS" : "FAIL", at(e),
                Html.esc(e.detail()), cx, cy, CHECK_RADIUS, glyph));
    }

    private static Event first(List<Event> events, EventKind kind, double notBefore) {
        return events.stream().filter(e -> e.kind() == kind && at(e) >= notBefore).findFirst().orElse(null);
    }
}
