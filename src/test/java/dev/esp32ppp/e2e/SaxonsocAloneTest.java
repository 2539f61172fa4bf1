package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.ppp.ControlPacket;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.PppPacket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SaxonSoc boots with nothing on the other end of its UART, in user-mode Linux as every lab does
 * unless it asks for native mode: its real pppd asks for a link, retrying at pppd's restart
 * interval, then gives up as its configuration says.
 */
@Tag("e2e")
class SaxonsocAloneTest {
    private static final double TIME_SCALE = 0.1;
    /** Linux's open flag, octal 04000. */
    private static final int O_NONBLOCK = 04000;
    /** pppd's defaults, which the field's S30ppp does not change: lcp-restart 3, lcp-max-configure 10. */
    private static final Duration PPPD_RESTART = Duration.ofSeconds(3);
    private static final int PPPD_MAX_CONFIGURE = 10;

    private static Lab lab;
    private static EventLog events;

    @BeforeAll
    static void bootAndWaitForPppdToGiveUp() {
        lab = Lab.start(new LabConfig(Topologies.linuxAlone(), TIME_SCALE, LabConfig.defaultRunsFolder()));
        events = lab.events();
        // boot 5 s, then 10 ConfReqs 3 s apart and a last 3 s wait: about 38 s
        events.await("saxonsoc", EventKind.PPPD_EXIT, Duration.ofSeconds(120));
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void s30pppRunsOnlyAfterTheScaledBootDelay() {
        Event bootStart = single(EventKind.BOOT_START);
        Event bootDone = single(EventKind.BOOT_DONE);
        Event s30ppp = single(EventKind.INIT_SCRIPT);
        Event powerOn = single(EventKind.POWER_ON);

        assertThat(s30ppp.detail()).isEqualTo("S30ppp");
        Duration scaledBoot = Duration.ofMillis((long) (50_000 * TIME_SCALE));
        assertThat(ResendSchedule.ratio(between(bootStart, bootDone), scaledBoot)).isBetween(0.98, 1.3);
        assertThat(s30ppp.at()).isGreaterThanOrEqualTo(bootDone.at());
        assertThat(between(powerOn, s30ppp)).isGreaterThanOrEqualTo(scaledBoot);
        assertThat(single(EventKind.PPPD_START).at()).isGreaterThanOrEqualTo(s30ppp.at());
    }

    @Test
    void pppdSendsLcpConfReqsWithExactlyAsyncmapZeroMagicPcompAccomp() {
        List<Event> sent = events.of("saxonsoc", EventKind.FRAME_SENT);
        assertThat(sent).isNotEmpty().allSatisfy(frame -> {
            PppPacket packet = PppPacket.parse(frame.frame().content());
            assertThat(packet.protocol()).isEqualTo(ControlProtocol.LCP.number());
            ControlPacket lcp = ControlPacket.parse(packet.information());
            assertThat(lcp.code()).isEqualTo(ControlPacket.CONF_REQ);
            assertThat(lcp.options()).extracting(ControlPacket.Option::type).containsExactly(2, 5, 7, 8);
            assertThat(lcp.options().get(0).value()).containsExactly(0, 0, 0, 0);
            assertThat(lcp.options().get(1).value()).hasSize(4);
        });
        assertThat(sent.get(0).detail()).matches(
                "\\[LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x[0-9a-f]+> <pcomp> <accomp>]");
    }

    @Test
    void confReqsComeAtPppdsRestartIntervalThenPppdGivesUp() {
        List<Event> sent = events.of("saxonsoc", EventKind.FRAME_SENT);
        assertThat(sent).hasSize(PPPD_MAX_CONFIGURE);
        ResendSchedule.assertRestartInterval(sent, PPPD_RESTART);

        Event exit = single(EventKind.PPPD_EXIT);
        // after the last ConfReq pppd waits one more restart interval, then exits; judged as the
        // intervals are (a CI run's last ConfReq left the guest late: 0.94), its exit seen within 0.2
        assertThat(ResendSchedule.ratio(between(sent.getLast(), exit), PPPD_RESTART)).as("last ConfReq to the exit").isBetween(0.85, 1.2);
        assertThat(ResendSchedule.ratio(between(sent.getFirst(), exit), PPPD_RESTART.multipliedBy(sent.size())))
                .as("first ConfReq to the exit over ten restart intervals").isBetween(0.97, 1.05);
        // syslogd, a process of its own, may bring pppd's last line to the console after the exit's event
        await("pppd's last line on the console").atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(lab.node("saxonsoc").consoleLines()).anyMatch(l -> l.contains("LCP: timeout sending Config-Requests")));
    }

    @Test
    void pppdRunsInUserModeLinuxByDefaultAndTheNodeSaysSo() {
        assertThat(single(EventKind.KERNEL_UP).data()).isEqualTo(PppdKernel.UML);
        assertThat(lab.record("saxonsoc alone").pppdKernels()).as("what the report names").containsExactly(PppdKernel.UML);
        assertThat(lab.node("saxonsoc").consoleLines()).as("user-mode Linux's own boot")
                .anyMatch(l -> l.contains("Checking PROT_EXEC mmap in /dev/shm...OK"));
    }

    /**
     * pppd logs through syslogd to the console; a busy machine drains the console slowly, and a
     * syslogd writing non-blocking drops the lines that do not fit (a passthru run lost pppd's
     * "local IP address" lines that way), so it must write blocking.
     */
    @Test
    void syslogdWritesToTheConsoleBlockingSoNoLineIsLost() {
        CommandResult outputs = new LinuxGuest(lab.node("saxonsoc")).run("pid=$(pgrep -o -f '^busybox syslogd'); for fd in /proc/$pid/fd/*; do "
                + "case $(readlink $fd) in /dev/console|/dev/tty*) "
                + "echo \"$(readlink $fd) $(sed -n 's/^flags:[[:space:]]*//p' /proc/$pid/fdinfo/${fd##*/})\";; esac; done");
        assertThat(outputs.exitCode()).as(outputs.output()).isZero();
        List<String> consoles = outputs.output().lines().toList();
        assertThat(consoles).as("syslogd's descriptors on the console, with their open flags (octal)").isNotEmpty()
                .allSatisfy(line -> assertThat(Integer.parseInt(line.split(" ")[1], 8) & O_NONBLOCK).as(line).isZero());
    }

    private static Event single(EventKind kind) {
        List<Event> found = events.of("saxonsoc", kind);
        assertThat(found).as("saxonsoc %s events", kind).hasSize(1);
        return found.get(0);
    }

    private static Duration between(Event from, Event to) {
        return to.at().minus(from.at());
    }

}
