package dev.esp32ppp.report;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.scenario.WindowPoint;
import java.util.List;
import java.util.Locale;

/**
 * The timing-window map: one row per firmware, pppd's start (as a fraction of the window from
 * the ESP32's connect()) across, the window shaded, each point green when the link came up and
 * red when it did not.
 */
final class WindowMapSvg {
    private static final int WIDTH = 900;
    private static final int LEFT = 130;
    private static final int RIGHT = 30;
    private static final int ROW = 44;
    private static final double MIN = -0.4;
    private static final double MAX = 1.4;

    private WindowMapSvg() {
    }

    static String of(List<WindowPoint> points) {
        List<FirmwareProfile> firmwares = points.stream().map(WindowPoint::firmware).distinct().toList();
        int height = 40 + ROW * firmwares.size();
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"window-map\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
                + "aria-label=\"timing-window map\">", WIDTH, height));
        double x0 = x(0);
        svg.append(String.format(Locale.ROOT, "<rect class=\"band window\" x=\"%.1f\" y=\"24\" width=\"%.1f\" "
                + "height=\"%d\"><title>the window: from connect() until the ESP32 gives up</title></rect>", x0,
                x(1) - x0, ROW * firmwares.size()));
        for (double t = -0.4; t <= MAX + 1e-9; t += 0.2) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text class=\"tick-label\" x=\"%.1f\" y=\"14\">%+.1f</text>", x(t), x(t), height, x(t) - 10, t));
        }
        for (int row = 0; row < firmwares.size(); row++) {
            FirmwareProfile firmware = firmwares.get(row);
            int cy = 24 + row * ROW + ROW / 2;
            svg.append(String.format(Locale.ROOT, "<text class=\"lane-name\" x=\"6\" y=\"%d\">%s</text>", cy + 4,
                    Html.esc(firmware.id())));
            for (WindowPoint p : points) {
                if (p.firmware() == firmware) {
                    svg.append(String.format(Locale.ROOT, "<circle class=\"point %s\" cx=\"%.1f\" cy=\"%d\" r=\"8\">"
                            + "<title>pppd at %+.2f x window: %s</title></circle>", p.connected() ? "connected"
                            : "not-connected", x(Math.max(MIN, Math.min(MAX, p.offset()))), cy, p.offset(),
                            p.connected() ? "connected" : "no link"));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double x(double offset) {
        return LEFT + (offset - MIN) / (MAX - MIN) * (WIDTH - LEFT - RIGHT);
    }
}
