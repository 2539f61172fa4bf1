package dev.esp32ppp.report;

import dev.esp32ppp.lab.Event;
import dev.esp32ppp.lab.LabRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline picture of one lab: one lane per node on the lab's clock, with phases as bands
 * (boot delay, main.py's wait, the ESP32's PPP window), events as markers (power-on, pppd start,
 * WiFi up, route changes, recipes), LCP/IPCP packets as ticks and each check as a pass/fail mark.
 * Labs drawn with the same {@code seconds} share a scale, so two timelines side by side compare.
 */
final class TimelineSvg {
    private static final int WIDTH = 1100;
    private static final int LEFT = 96;
    private static final int RIGHT = 24;
    private static final int AXIS = 24;
    private static final int LANE = 70;
    private static final int STRIP = 46;
    private static final Pattern WINDOW = Pattern.compile("window=(\\d+)ms");

    /** A phase drawn as a band from the first {@code from} event to the next {@code to} event. */
    private record Band(String from, String to, String label, String css) {
    }

    private static final List<Band> BANDS = List.of(
            new Band("boot-start", "boot-done", "boot delay", "wait"),
            new Band("micropython-start", "ppp-connect", "main.py waits", "wait"));

    private static final Map<String, String> MARKERS = Map.ofEntries(
            Map.entry("power-on", "power on"), Map.entry("kernel-up", "kernel"),
            Map.entry("pppd-start", "pppd start"), Map.entry("pppd-exit", "pppd exit"),
            Map.entry("ppp0-up", "ppp0 up"), Map.entry("ppp-connect", "connect()"), Map.entry("ppp-up", "PPP up"),
            Map.entry("ppp-down", "PPP down"), Map.entry("ppp-gave-up", "gave up"), Map.entry("wifi-up", "WiFi up"),
            Map.entry("route", "route"), Map.entry("recipe", "recipe"), Map.entry("ntp-ok", "NTP ok"),
            Map.entry("ntp-failed", "NTP failed"), Map.entry("socks-start", "SOCKS"),
            Map.entry("router-up", "up"), Map.entry("internet-up", "up"), Map.entry("lanhost-up", "up"),
            Map.entry("reset", "reset"));

    /** Events of the lab itself (cable, DIP switch, terminal) shown in a strip above the lanes. */
    private static final Set<String> LAB_NODES = Set.of("cable", "harness");
    private static final Set<String> LAB_KINDS = Set.of("plugged", "unplugged", "replugged", "noise-burst",
            "dip-switch", "terminal");

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
        int height = AXIS + STRIP + LANE * lab.nodes().size() + 8;
        svg.append(String.format(Locale.ROOT, "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"timeline of %s\">", WIDTH, height,
                Html.esc(lab.title())));
        axis(height);
        labStrip();
        for (int i = 0; i < lab.nodes().size(); i++) {
            lane(lab.nodes().get(i), AXIS + STRIP + i * LANE, i);
        }
        lab.events().stream().filter(e -> e.node().equals("cable") && e.kind().equals("anchor")).forEach(this::anchor);
        return svg.append("</svg>").toString();
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

    private void labStrip() {
        int top = AXIS;
        svg.append(String.format(Locale.ROOT, "<g class=\"strip\"><rect class=\"strip-bg\" x=\"0\" y=\"%d\" "
                + "width=\"%d\" height=\"%d\"/><text class=\"lane-name\" x=\"6\" y=\"%d\">lab</text>", top, WIDTH,
                STRIP, top + 21));
        List<Event> cable = lab.events().stream().filter(e -> e.node().equals("cable")).toList();
        for (Event out : cable) {
            if (out.kind().equals("unplugged")) {
                Event back = first(cable, "replugged", at(out));
                band(at(out), back == null ? lab.seconds() : at(back), top, "unplugged", "unplugged",
                        String.format(Locale.ROOT, "the cable is out from %.2f s", at(out)));
            }
        }
        int n = 0;
        for (Event e : lab.events()) {
            if (LAB_NODES.contains(e.node()) && LAB_KINDS.contains(e.kind())) {
                marker(e, top + 12, e.kind(), "lab-event", n++);
            }
        }
        svg.append("</g>");
    }

    /** Where the times of an anchored impairment count from: a dashed line from the lab strip down through every lane. */
    private void anchor(Event e) {
        int top = AXIS;
        double cx = x(at(e));
        int bottom = AXIS + STRIP + LANE * lab.nodes().size();
        svg.append(String.format(Locale.ROOT, "<g class=\"anchor\"><title>%.3f s %s</title><line x1=\"%.1f\" y1=\"%d\" "
                + "x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\">t0</text></g>", at(e), Html.esc(e.detail()), cx, top,
                cx, bottom, cx + 3, top + 42));
    }

    private void lane(String node, int top, int index) {
        svg.append(String.format(Locale.ROOT, "<g class=\"lane\" data-node=\"%s\"><rect class=\"lane-bg lane-%d\" "
                + "x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/><text class=\"lane-name\" x=\"6\" y=\"%d\">%s</text>",
                Html.esc(node), index % 2, top, WIDTH, LANE, top + LANE / 2 + 4, Html.esc(node)));
        List<Event> events = lab.events().stream().filter(e -> e.node().equals(node)).toList();
        bands(events, top);
        window(events, top);
        ticks(events, top);
        int n = 0;
        for (Event e : events) {
            String label = e.kind().equals("route") ? routeLabel(e.detail()) : MARKERS.get(e.kind());
            if (label != null) {
                marker(e, top + 34, label, "event", n++);
            }
        }
        for (Event e : events) {
            if (e.kind().equals("check-pass") || e.kind().equals("check-fail")) {
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
        Event connect = first(events, "ppp-connect", 0);
        Event active = first(events, "ppp-active", 0);
        if (connect == null || active == null) {
            return;
        }
        Matcher m = WINDOW.matcher(active.detail());
        if (!m.find()) {
            return;
        }
        double window = Integer.parseInt(m.group(1)) / 1000.0;
        band(at(connect), at(connect) + window, top, "PPP window " + trim(window) + " s", "window",
                String.format(Locale.ROOT, "the ESP32 asks for PPP from %.2f s to %.2f s", at(connect),
                        at(connect) + window));
    }

    private void band(double from, double to, int top, String label, String css, String title) {
        double x1 = x(from);
        double x2 = Math.max(x1 + 2, x(Math.min(to, seconds)));
        svg.append(String.format(Locale.ROOT, "<g class=\"band %s\"><title>%s</title><rect x=\"%.1f\" y=\"%d\" "
                + "width=\"%.1f\" height=\"14\" rx=\"3\"/><text x=\"%.1f\" y=\"%d\">%s</text></g>", css,
                Html.esc(title), x1, top + 4, x2 - x1, x1 + 3, top + 15, Html.esc(label)));
    }

    /** LCP and IPCP packets the node sent, as short ticks under its band. */
    private void ticks(List<Event> events, int top) {
        for (Event e : events) {
            if (!e.isFrame()) {
                continue;
            }
            String css = e.detail().startsWith("[LCP") ? "lcp" : e.detail().startsWith("[IPCP") ? "ipcp"
                    : e.detail().startsWith("[IPV6CP") || e.detail().startsWith("[PAP") ? "ncp" : null;
            if (css != null) {
                svg.append(String.format(Locale.ROOT, "<line class=\"frame %s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                        + "y2=\"%d\"><title>%.3f s %s</title></line>", css, x(at(e)), top + 20, x(at(e)), top + 28,
                        at(e), Html.esc(e.detail())));
            }
        }
    }

    /** "default dev ppp0" or "default via 192.168.28.254 dev wlan0" as "default: ppp0". */
    private static String routeLabel(String route) {
        int dev = route.indexOf(" dev ");
        return dev < 0 ? "route" : route.substring(0, route.indexOf(' ') < 0 ? route.length() : route.indexOf(' '))
                + ": " + route.substring(dev + 5).split(" ")[0];
    }

    /** A marker with its label; labels take turns on four rows so that neighbours stay readable. */
    private void marker(Event e, int y, String label, String css, int n) {
        double cx = x(at(e));
        int labelY = y + 10 + (n % 4) * 8;
        svg.append(String.format(Locale.ROOT, "<g class=\"%s %s\"><title>%.3f s %s %s</title><circle cx=\"%.1f\" "
                + "cy=\"%d\" r=\"3.5\"/><text x=\"%.1f\" y=\"%d\">%s</text></g>", css, Html.esc(e.kind()), at(e),
                Html.esc(e.kind()), Html.esc(e.detail()), cx, y, cx + 4, labelY, Html.esc(label)));
    }

    private void check(Event e, int top) {
        boolean passed = e.kind().equals("check-pass");
        double cx = x(at(e));
        int cy = top + LANE / 2;
        String glyph = passed
                ? String.format(Locale.ROOT, "<path d=\"M%.1f %d l4 4 l7 -9\"/>", cx - 5, cy)
                : String.format(Locale.ROOT, "<path d=\"M%.1f %d l10 10 M%.1f %d l-10 10\"/>", cx - 5, cy - 5,
                        cx + 5, cy - 5);
        svg.append(String.format(Locale.ROOT, "<g class=\"check %s\"><title>%s %.3f s: %s</title><circle cx=\"%.1f\" "
                + "cy=\"%d\" r=\"9\"/>%s</g>", passed ? "check-pass" : "check-fail", passed ? "PASS" : "FAIL", at(e),
                Html.esc(e.detail()), cx, cy, glyph));
    }

    private static Event first(List<Event> events, String kind, double notBefore) {
        return events.stream().filter(e -> e.kind().equals(kind) && at(e) >= notBefore).findFirst().orElse(null);
    }
}
