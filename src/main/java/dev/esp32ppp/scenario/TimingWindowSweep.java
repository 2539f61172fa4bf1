package dev.esp32ppp.scenario;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.progress.LabWatch;
import dev.esp32ppp.progress.Progress;
import dev.esp32ppp.steps.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timing-window sweep: for each firmware and offset, a fresh lab where the harness calls
 * connect() on the ESP32 and starts the user's S30ppp on the Linux at the offset (as a fraction
 * of the firmware's window), then records whether and when the link came up. The table of all
 * points goes to timing-window.txt in the runs folder.
 */
final class TimingWindowSweep {
    /** lwIP sends its last Configure-Request at 9/10 of the window: pppd must hear one. */
    static final double LAST_REQUEST = 0.9;
    /** The ESP32 gives up at its window, give or take this fraction of it. */
    static final double GAVE_UP_TOLERANCE = 0.1;

    private final Path runs;
    private final Progress progress;

    TimingWindowSweep(Path runs, Progress progress) {
        this.runs = runs;
        this.progress = progress;
    }

    ScenarioResult run(Scenario scenario) {
        List<WindowPoint> points = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        List<LabRecord> labs = new ArrayList<>();
        for (FirmwareProfile firmware : scenario.steps().sweep().firmwares()) {
            for (double offset : scenario.steps().sweep().offsets()) {
                String title = String.format(Locale.ROOT, "%s, pppd at %+.1f x window", firmware.id(), offset);
                LabWatch watch = progress.labStarting(title, Topologies.timingWindow(scenario.lab().boards()).nodeNames());
                Lab lab;
                try {
                    lab = scenario.lab().startTimingWindowLab(firmware, runs, watch::event);
                    try (lab) {
                        WindowPoint point = measure(lab, firmware, offset);
                        CheckResult check = judge(title, point);
                        lab.events().record("esp32", check.passed() ? EventKind.CHECK_PASS : EventKind.CHECK_FAIL,
                                title);
                        points.add(point);
                        checks.add(check);
                    }
                } finally {
                    watch.done();
                }
                progress.line("  " + row(points.get(points.size() - 1)));
                labs.add(lab.record(title));
            }
        }
        writeTable(points);
        return new ScenarioResult(scenario, checks, labs, points);
    }

    private WindowPoint measure(Lab lab, FirmwareProfile firmware, double offset) {
        Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
        lab.events().await("saxonsoc", EventKind.INIT_DONE, Duration.ofSeconds(60));
        esp32.command("active 1");
        Duration shift = Duration.ofMillis((long) (Math.abs(offset) * firmware.windowMillis()));
        if (offset < 0) {
            Duration pppdAt = startPppd(lab);
            lab.events().sleepUntil(pppdAt.plus(shift));
            esp32.command("connect");
        } else {
            esp32.command("connect");
            // the stack's connect event comes on its console, a moment after the command's answer
            Duration connect = lab.events().await("esp32", EventKind.PPP_CONNECT, Duration.ofSeconds(10)).at();
            lab.events().sleepUntil(connect.plus(shift));
            startPppd(lab);
        }
        lab.events().await("the link coming up or the ESP32 giving up", e -> e.node().equals("esp32")
                && (e.kind() == EventKind.PPP_UP || e.kind() == EventKind.PPP_GAVE_UP),
                Duration.ofMillis(firmware.windowMillis() * 2 + 10_000));
        Duration connect = connectAt(lab);
        Duration pppd = lab.events().of("saxonsoc", EventKind.PPPD_START).stream().findFirst().map(Event::at).orElse(null);
        return new WindowPoint(firmware, offset, pppd == null ? null : pppd.minus(connect),
                first(lab, EventKind.PPP_UP, connect), first(lab, EventKind.PPP_GAVE_UP, connect));
    }

    private static Duration connectAt(Lab lab) {
        return lab.events().of("esp32", EventKind.PPP_CONNECT).get(0).at();
    }

    private static Duration first(Lab lab, EventKind kind, Duration from) {
        return lab.events().of("esp32", kind).stream().findFirst().map(e -> e.at().minus(from)).orElse(null);
    }

    private static Duration startPppd(Lab lab) {
        lab.node("saxonsoc").guestExec("/root/S30ppp", Duration.ofSeconds(20));
        return lab.events().now();
    }

    private static CheckResult judge(String name, WindowPoint point) {
        boolean expected = point.offset() < LAST_REQUEST;
        if (point.connected() != expected) {
            return CheckResult.fail(name, (point.connected() ? "connected" : "did not connect")
                    + " although pppd started " + (expected ? "inside" : "after") + " the window: " + row(point));
        }
        if (!expected) {
            double ratio = point.gaveUp() == null ? 0 : (double) point.gaveUp().toMillis() / point.firmware().windowMillis();
            if (Math.abs(ratio - 1) > GAVE_UP_TOLERANCE) {
                return CheckResult.fail(name, "gave up at " + ratio + " x its window, not within a tenth of it: " + row(point));
            }
        }
        return CheckResult.pass(name);
    }

    static String row(WindowPoint p) {
        return String.format(Locale.ROOT, "%-15s %7.1f s %+6.2f %9s %-9s %9s %9s", p.firmware().id(),
                p.firmware().windowMillis() / 1000.0, p.offset(), seconds(p.pppdStart()), p.connected() ? "yes" : "no",
                seconds(p.ipcpUp()), seconds(p.gaveUp()));
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    private void writeTable(List<WindowPoint> points) {
        List<String> lines = new ArrayList<>();
        lines.add("# timing window: pppd start against the ESP32's connect(); times in s from connect()");
        lines.add(String.format(Locale.ROOT, "%-15s %9s %6s %9s %-9s %9s %9s", "firmware", "window", "offset",
                "pppd", "connected", "ipcp-up", "gave-up"));
        points.stream().map(TimingWindowSweep::row).forEach(lines::add);
        try {
            Files.createDirectories(runs);
            Files.write(runs.resolve("timing-window.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
