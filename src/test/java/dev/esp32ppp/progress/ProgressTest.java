package dev.esp32ppp.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.ppp.ControlProtocol;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each node's phase followed from the lab's events, as a log shows it and as a terminal redraws it. */
@Tag("unit")
class ProgressTest {
    private static Event event(double seconds, String node, EventKind kind, String detail) {
        return Event.of(Duration.ofMillis((long) (seconds * 1000)), node, kind, detail);
    }

    private static Event frame(double seconds, String node, int protocol, String detail) {
        return new Event(Duration.ofMillis((long) (seconds * 1000)), node, EventKind.FRAME_SENT, detail,
                new Frame(new byte[] {1}, protocol));
    }

    private static final List<Event> AUTOSTART = List.of(
            event(0.1, "esp32", EventKind.POWER_ON, "image"),
            event(0.2, "saxonsoc", EventKind.POWER_ON, "image"),
            event(0.5, "esp32", EventKind.MICROPYTHON_START, ""),
            event(1.4, "saxonsoc", EventKind.KERNEL_UP, "uml"),
            event(1.5, "saxonsoc", EventKind.BOOT_START, "delay=5s"),
            event(5.0, "esp32", EventKind.PPP_CONNECT, ""),
            frame(5.0, "esp32", ControlProtocol.LCP.number(), "[LCP ConfReq id=0x1]"),
            event(5.1, "esp32", EventKind.WIFI_UP, "ip=192.168.28.118"),
            event(6.5, "saxonsoc", EventKind.PPPD_START, "pid=9"),
            frame(6.8, "esp32", ControlProtocol.LCP.number(), "[LCP ConfReq id=0x2]"),
            frame(7.0, "esp32", ControlProtocol.IPCP.number(), "[IPCP ConfReq id=0x1]"),
            event(7.2, "esp32", EventKind.PPP_UP, "local=10.0.5.1"),
            frame(7.3, "esp32", ControlProtocol.LCP.number(), "[LCP EchoRep id=0x1]"),
            event(7.4, "saxonsoc", EventKind.PPP0_UP, "inet 10.0.5.2"),
            event(7.5, "router", EventKind.ROUTER_UP, "not in this lab"));

    @Test
    void aLogGetsALineNamingTheLabWhenANodesPhaseChangesAndOnlyThen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlainProgress progress = new PlainProgress(new PrintStream(out, true, StandardCharsets.UTF_8));
        LabWatch lab = progress.labStarting("autostart", List.of("esp32", "saxonsoc"));
        AUTOSTART.forEach(lab::event);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().map(String::strip)).containsExactly(
                "autostart            0.1 s  esp32     booting",
                "autostart            0.2 s  saxonsoc  booting",
                "autostart            0.5 s  esp32     main.py running",
                "autostart            1.4 s  saxonsoc  Linux booting",
                "autostart            1.5 s  saxonsoc  boot delay",
                "autostart            5.0 s  esp32     PPP: LCP",
                "autostart            5.1 s  esp32     PPP: LCP, WiFi up",
                "autostart            6.5 s  saxonsoc  pppd: LCP",
                "autostart            7.0 s  esp32     PPP: IPCP, WiFi up",
                "autostart            7.2 s  esp32     PPP up, WiFi up",
                "autostart            7.4 s  saxonsoc  PPP up");
    }

    @Test
    void aTerminalGetsOneLinePerNodeRedrawnInPlace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LiveProgress progress = new LiveProgress(new PrintStream(out, true, StandardCharsets.UTF_8));
        LabWatch lab = progress.labStarting("autostart", List.of("esp32", "saxonsoc"));
        AUTOSTART.forEach(lab::event);
        progress.line("  PASS a check");
        lab.done();

        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen).contains("PPP up, WiFi up", "  PASS a check\n");
        // the block is erased (cursor up, clear line) before each redraw and at the end
        assertThat(screen).contains("\u001b[1A\r\u001b[2K");
        String last = screen.substring(screen.lastIndexOf("  PASS a check"));
        assertThat(last.lines().filter(line -> line.contains("esp32 ") || line.contains("saxonsoc "))).hasSize(2);
    }

    /** Two labs at once: each has its block; a lab that is done loses its block, the other keeps its own. */
    @Test
    void aTerminalShowsEachRunningLabOnItsOwnLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LiveProgress progress = new LiveProgress(new PrintStream(out, true, StandardCharsets.UTF_8));
        LabWatch autostart = progress.labStarting("autostart", List.of("esp32", "saxonsoc"));
        LabWatch dns = progress.labStarting("dns", List.of("esp32", "saxonsoc", "router"));
        AUTOSTART.forEach(autostart::event);
        dns.event(event(0.1, "router", EventKind.POWER_ON, "image"));
        progress.of("autostart").line("  PASS a check");
        String both = screenAfter(out, "[autostart] PASS a check");
        autostart.done();
        progress.of("dns").line("  PASS another");
        String one = screenAfter(out, "[dns] PASS another");

        assertThat(both.lines()).anyMatch(line -> line.startsWith("  autostart  ")).anyMatch(line -> line.startsWith("  dns  "))
                .filteredOn(line -> line.startsWith("    ")).hasSize(5).anyMatch(line -> line.contains("PPP up, WiFi up"))
                .anyMatch(line -> line.contains("router") && line.contains("booting"));
        assertThat(one.lines()).noneMatch(line -> line.startsWith("  autostart  "))
                .anyMatch(line -> line.startsWith("  dns  ")).filteredOn(line -> line.startsWith("    ")).hasSize(3);
    }

    /** What the screen holds after a line: the blocks drawn right after it. */
    private static String screenAfter(ByteArrayOutputStream out, String line) {
        String screen = out.toString(StandardCharsets.UTF_8);
        String after = screen.substring(screen.lastIndexOf(line) + line.length());
        int erased = after.indexOf("\u001b[1A");
        return erased < 0 ? after : after.substring(0, erased);
    }
}
