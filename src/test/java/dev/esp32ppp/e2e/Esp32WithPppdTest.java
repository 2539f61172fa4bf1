package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.ppp.ControlPacket;
import dev.esp32ppp.ppp.PppPacket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ESP32 model against SaxonSoc's real pppd, autostart style: the ESP32 connects first (the
 * test connects it once the Linux's boot is done) and waits; S30ppp starts pppd inside the window,
 * and the link comes up.
 */
@Tag("e2e")
@Order(3) // among the longest classes: started first (junit-platform.properties)
class Esp32WithPppdTest {
    /** 512 KiB at the boards' 115200 baud take about 46 s; both ways at once about as long. */
    private static final Duration TRANSFER = Duration.ofSeconds(180);
    private static Lab lab;
    private static Esp32Control esp32;
    private static LinuxGuest linux;
    private static String firstConnect;

    @BeforeAll
    static void connect() {
        // a main.py that starts nothing: the test connects itself, at a moment of its choosing
        BoardSetup board = BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)
                .withMain(ProjectHome.fixtures().resolve("esp32/main-idle.py"));
        lab = Lab.start(new LabConfig(Topologies.autostart(board), 0.1, LabConfig.defaultRunsFolder()));
        esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
        linux = new LinuxGuest(lab.node("saxonsoc"));
        // connect() once the Linux's boot is done: S30ppp's pppd then starts well inside the window,
        // however long a busy machine made the boot
        lab.events().await("saxonsoc", EventKind.BOOT_DONE, Duration.ofSeconds(60));
        assertThat(esp32.command("active 1")).isEqualTo("ok");
        firstConnect = esp32.command("connect");
        linux.awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theEsp32AsksForWhatLwipAsksFor() {
        List<Event> sent = lab.events().of("esp32", EventKind.FRAME_SENT);
        assertThat(sent).extracting(Event::detail)
                .anyMatch(d -> d.matches("\\[LCP ConfReq id=0x1 <asyncmap 0x0> <magic 0x[0-9a-f]+> <pcomp> <accomp>]"))
                .anyMatch(d -> d.equals("[IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]"))
                .anyMatch(d -> d.equals("[IPCP ConfReq id=0x2 <compress VJ 0f 01> <addr 0.0.0.0>]"))
                .anyMatch(d -> d.equals("[IPCP ConfReq id=0x3 <compress VJ 0f 01> <addr 10.0.5.1>]"))
                .anyMatch(d -> d.matches("\\[IPV6CP ConfReq id=0x1 <addr fe80::[0-9a-f:]+>]"));
        Event lcp = sent.stream().filter(e -> e.detail().startsWith("[LCP ConfReq")).findFirst().orElseThrow();
        List<ControlPacket.Option> options = ControlPacket.parse(PppPacket.parse(lcp.frame().content()).information()).options();
        assertThat(options).extracting(ControlPacket.Option::type).as("no MRU option: 1500 is the default")
                .containsExactly(2, 5, 7, 8);
    }

    @Test
    void pppdAssignsTheAddressAsInTheFieldNotes() {
        assertThat(lab.events().of("saxonsoc", EventKind.FRAME_SENT)).extracting(Event::detail)
                .anyMatch(d -> d.equals("[IPCP ConfRej id=0x1 <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]"))
                .anyMatch(d -> d.equals("[IPCP ConfNak id=0x2 <addr 10.0.5.1>]"))
                .anyMatch(d -> d.equals("[IPCP ConfAck id=0x3 <compress VJ 0f 01> <addr 10.0.5.1>]"));
        assertThat(linux.run("ifconfig ppp0").output())
                .containsPattern("inet addr:10\\.0\\.5\\.2 +P-t-P:10\\.0\\.5\\.1");
        assertThat(lab.node("esp32").exec("ip", "addr", "show", "ppp0").output())
                .contains("inet 10.0.5.1 peer 10.0.5.2/32");
        assertThat(esp32.command("ifconfig")).isEqualTo("ok 10.0.5.1 10.0.5.2 255.255.255.255 0.0.0.0");
        assertThat(esp32.command("isconnected")).isEqualTo("ok true");
    }

    @Test
    void connectMakesPppTheDefaultRouteAndASecondConnectIsEalready() {
        assertThat(firstConnect).isEqualTo("ok");
        assertThat(lab.node("esp32").exec("ip", "route", "show", "default").output()).contains("default dev ppp0");
        assertThat(esp32.command("connect")).isEqualTo("error EALREADY");
    }

    @Test
    void theOfficialFirmwareDoesNotForwardIp() {
        assertThat(lab.node("esp32").exec("cat", "/proc/sys/net/ipv4/ip_forward").output().strip()).isEqualTo("0");
    }

    @Test
    void pingCrossesTheLinkBothWays() {
        CommandResult fromLinux = linux.run("ping -c 2 -W 5 " + LabAddresses.ESP32_PPP);
        assertThat(fromLinux.exitCode()).as(fromLinux.output()).isZero();
        CommandResult fromEsp32 = lab.node("esp32").exec("ping", "-c", "2", "-W", "5", LabAddresses.LINUX_PPP);
        assertThat(fromEsp32.exitCode()).as(fromEsp32.output()).isZero();
    }

    /** 512 KiB each way over TCP at the same time (the UART is full duplex), checksums compared; VJ compresses both directions. */
    @Test
    void aMebibyteCrossesEachWayAtOnceIntactWithVanJacobsonCompressionBothWays() {
        CommandResult serve = lab.node("esp32").exec("sh", "-c",
                "mkdir -p /tmp/www && head -c 524288 /dev/urandom > /tmp/www/down.bin && "
                        + "busybox httpd -p 8080 -h /tmp/www && "
                        + "(socat -u TCP-LISTEN:9000,reuseaddr OPEN:/tmp/up.bin,creat,trunc &) && "
                        + "md5sum < /tmp/www/down.bin");
        assertThat(serve.exitCode()).as(serve.output()).isZero();
        String down = serve.output().strip().split("\\s+")[0];

        CommandResult both = linux.run("head -c 524288 /dev/urandom > /tmp/up.bin && "
                + "{ curl -s http://10.0.5.1:8080/down.bin | md5sum > /tmp/down.md5 & } && "
                + "socat -u FILE:/tmp/up.bin TCP:10.0.5.1:9000 && wait && "
                + "echo \"up $(md5sum < /tmp/up.bin)\" && echo \"down $(cat /tmp/down.md5)\"", TRANSFER);
        assertThat(both.exitCode()).as(both.output()).isZero();
        assertThat(both.output()).as("the download's checksum").contains("down " + down);
        String up = both.output().lines().filter(line -> line.startsWith("up ")).findFirst().orElseThrow()
                .substring(3).split("\\s+")[0];
        // the sender is done when its data is on its way; the receiver when the last byte is in
        await("the ESP32 side received the upload").atMost(TRANSFER)
                .until(() -> !lab.node("esp32").exec("pgrep", "-f", "TCP-LISTEN:9000").ok());
        assertThat(lab.node("esp32").exec("sh", "-c", "md5sum < /tmp/up.bin").output().strip()).startsWith(up);

        assertThat(lab.events().of("esp32", EventKind.FRAME_SENT)).anyMatch(e -> e.detail().startsWith("[VJ-comp"));
        assertThat(lab.events().of("saxonsoc", EventKind.FRAME_SENT)).anyMatch(e -> e.detail().startsWith("[VJ-comp"));
    }
}
