package dev.esp32ppp.scenario;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.RunFolder;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.ppp.ControlPacket;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.PppPacket;
import dev.esp32ppp.progress.LabWatch;
import dev.esp32ppp.progress.Progress;
import dev.esp32ppp.serial.Repl;
import dev.esp32ppp.serial.Sniffer;
import dev.esp32ppp.steps.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The passthru scenario's steps that need no container, on a real board at a serial port (the
 * ULX3S's /dev/ttyUSB0): at the REPL, import ppptun and start it, as the person would; ask the
 * person to flip SW1 to OFF; then sniff the port for the board's LCP Configure-Requests with the
 * same sniffer as the lab's cable. The pppd on the PC is left to the person, and the report says so.
 */
public final class BoardOnSerial {
    static final String NODE = "board";
    private static final Duration ANSWER = Duration.ofSeconds(10);
    /** Two requests: the board keeps asking, so it is lwIP's PPP and not a stray frame. */
    private static final int REQUESTS = 2;

    private final String device;
    private final Progress progress;
    private final Path runs;

    public BoardOnSerial(String device, Path runs, Progress progress) {
        this.device = device;
        this.runs = runs;
        this.progress = progress;
    }

    public ScenarioResult run(Scenario scenario) {
        if (scenario.steps().person() == null) {
            throw new LabException("--serial drives a real board in a passthru scenario (e.g. passthru); "
                    + scenario.name() + " needs the lab's containers");
        }
        EventLog events = new EventLog();
        List<String> screen = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        progress.line("scenario " + scenario.name() + " on the board at " + device + " (no containers)");
        LabWatch watch = progress.labStarting(scenario.name() + " on " + device, List.of(NODE));
        events.listen(watch::event);
        Duration window = Duration.ofMillis(scenario.lab().boards().firmware().windowMillis());
        try (Repl repl = Repl.open(device, Topologies.USB_SERIAL_BAUD)) {
            events.record("harness", EventKind.TERMINAL, "opened " + device);
            repl.interrupt(ANSWER);
            events.record(NODE, EventKind.REPL, "answers at its prompt");
            String usage = repl.enter("import ppptun", ANSWER);
            screen.add(">>> import ppptun");
            screen.add(usage.strip());
            if (!check(events, checks, "import ppptun prints its usage", usage.contains("usage:"),
                    "it printed: " + usage.strip())) {
                return result(scenario, checks, events, screen);
            }
            // the person may flip SW1 before the prompt comes back, so the prompt is not waited for:
            // whatever the port carries from now on goes to the sniffer, which keeps only frames
            screen.add(">>> p=ppptun.ppptun()");
            repl.type("p=ppptun.ppptun()");
            events.record(NODE, EventKind.PPP_CONNECT, "ppptun started");
            progress.line(String.format(Locale.ROOT, "  flip SW1 to OFF now: the board asks for PPP for about %d s",
                    window.toSeconds()));
            events.record("harness", EventKind.DIP_SWITCH, "the person is asked to flip SW1 to OFF");
            Sniffer sniffer = new Sniffer(NODE, events);
            boolean asked = repl.listen(sniffer::accept, () -> requests(events) >= REQUESTS, window.plus(ANSWER));
            check(events, checks, "the board asks for PPP on the serial line (LCP Configure-Requests)", asked,
                    "saw " + requests(events) + " LCP Configure-Requests within " + window.plus(ANSWER).toSeconds()
                            + " s: is SW1 OFF, and is ppptun on UART2?");
        } catch (IOException e) {
            check(events, checks, "the board answers at its REPL on " + device, false, e.getMessage());
        } finally {
            watch.done();
        }
        if (checks.stream().allMatch(CheckResult::passed)) {
            progress.line("  the board is on PPP; now run pppd on " + device + " as in fixtures/pc/pppd-passthru:");
            pppdCommand().forEach(line -> progress.line("    " + line));
        }
        return result(scenario, checks, events, screen);
    }

    private static long requests(EventLog events) {
        return events.of(NODE, EventKind.FRAME_SENT).stream().filter(e -> isLcpRequest(e.frame())).count();
    }

    private static boolean isLcpRequest(Frame frame) {
        PppPacket packet = frame.protocol() == ControlProtocol.LCP.number() ? PppPacket.parse(frame.content()) : null;
        ControlPacket lcp = packet == null ? null : ControlPacket.parse(packet.information());
        return lcp != null && lcp.code() == ControlPacket.CONF_REQ;
    }

    private boolean check(EventLog events, List<CheckResult> checks, String name, boolean passed, String reason) {
        return Outcomes.record(passed ? CheckResult.pass(name) : CheckResult.fail(name, reason), NODE, events, progress,
                checks);
    }

    private ScenarioResult result(Scenario scenario, List<CheckResult> checks, EventLog events, List<String> screen) {
        Path folder;
        try {
            folder = RunFolder.create(runs, "serial");
            RunFolder.write(folder, events, Map.of(NODE, screen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LabRecord record = new LabRecord(scenario.name() + " on " + device, "serial", List.of(NODE), events.events(),
                Map.of(NODE, screen), folder);
        return new ScenarioResult(scenario, checks, List.of(record), List.of());
    }

    private static List<String> pppdCommand() {
        try {
            return Files.readAllLines(ProjectHome.fixtures().resolve("pc/pppd-passthru")).stream()
                    .filter(line -> line.startsWith("pppd") || line.startsWith("stty")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
