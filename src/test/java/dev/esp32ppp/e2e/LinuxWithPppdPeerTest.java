package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppdStart;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabNetwork;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole lab around SaxonSoc, whose UART is wired to a second real pppd playing the ESP32's
 * side: the link comes up as in the field notes and carries IP, with each pppd the image has.
 */
@Tag("e2e")
@ParameterizedClass(name = "pppd {0}")
@EnumSource(PppdVersion.class)
class LinuxWithPppdPeerTest {
    private static Lab lab;
    private static LinuxGuest saxonsoc;
    private static String ifconfig;

    @Parameter
    PppdVersion pppd;

    @BeforeParameterizedClassInvocation
    static void bootAndConnect(PppdVersion pppd) {
        lab = Lab.start(new LabConfig(Topologies.linuxWithPppdPeer(pppd), 0.1, LabConfig.defaultRunsFolder()));
        saxonsoc = new LinuxGuest(lab.node("saxonsoc"));
        ifconfig = saxonsoc.awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
        // the peer's pppd sets its own ppp0 up a moment later; a packet before that is dropped
        new LinuxGuest(lab.node("testpeer")).awaitPpp0(LabAddresses.ESP32_PPP, Duration.ofSeconds(60));
    }

    @AfterParameterizedClassInvocation
    static void tearDown() {
        if (lab != null) {
            lab.close();
            lab = null;
        }
    }

    /** Plain {@code pppd} in the guest is the chosen one, and each node's pppd-start event says which ran. */
    @Test
    void pppdIsTheChosenVersionAndTheNodesSayWhichRan() {
        CommandResult version = saxonsoc.run("pppd --version");

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output().strip()).isEqualTo("pppd version " + pppd.id());
        for (String node : List.of("saxonsoc", "testpeer")) {
            assertThat(lab.events().of(node, EventKind.PPPD_START)).as("pppd-start of %s", node).isNotEmpty()
                    .extracting(Event::data).containsOnly(new PppdStart(pppd.id()));
        }
    }

    @Test
    void ppp0ComesUpInTheGuestAsOnTheBoard() {
        assertThat(ifconfig).contains("Link encap:Point-to-Point Protocol")
                .containsPattern("inet addr:10\\.0\\.5\\.2 +P-t-P:10\\.0\\.5\\.1 +Mask:255\\.255\\.255\\.255")
                .contains("UP POINTOPOINT RUNNING NOARP");
    }

    @Test
    void thePeerAnswersPingAcrossTheLink() {
        // -w: ping waits for every reply (without it, twice the round trip for the last one)
        CommandResult ping = saxonsoc.run("ping -c 3 -w 15 " + LabAddresses.ESP32_PPP);

        assertThat(ping.exitCode()).as(ping.output()).isZero();
        assertThat(ping.output()).containsPattern("\\d+ packets transmitted, 3 received");
        assertThat(lab.events().of("testpeer", EventKind.FRAME_SENT))
                .anyMatch(e -> e.detail().startsWith("[IP 10.0.5.1 > 10.0.5.2 ICMP") || e.detail().startsWith("[VJ"));
    }

    @Test
    void theTranscriptShowsTheAddressNegotiationOfTheFieldNotes() {
        List<String> fromLinux = lab.events().of("saxonsoc", EventKind.FRAME_SENT).stream().map(Event::detail).toList();
        List<String> fromPeer = lab.events().of("testpeer", EventKind.FRAME_SENT).stream().map(Event::detail).toList();

        assertThat(fromPeer).anyMatch(d -> d.matches("\\[IPCP ConfReq id=0x\\d <compress VJ 0f 01> <addr 0\\.0\\.0\\.0>]"));
        assertThat(fromLinux).anyMatch(d -> d.matches("\\[IPCP ConfNak id=0x\\d <addr 10\\.0\\.5\\.1>]"));
        assertThat(fromLinux).anyMatch(d -> d.matches("\\[IPCP ConfAck id=0x\\d <compress VJ 0f 01> <addr 10\\.0\\.5\\.1>]"));
    }

    @Test
    void networksAreTheLabsOwnLinksNotDockersAndNodesSitAtTheirAddresses() {
        DockerClient docker = DockerEngine.client();
        assertThat(docker.listNetworksCmd().withFilter("label", List.of(Lab.LABEL + "=" + lab.id())).exec()).isEmpty();

        assertThat(lab.node("router").exec("ip", "-o", "-4", "addr", "show").output())
                .containsPattern("eth0\\s+inet " + LabAddresses.ROUTER_INTERNET + "/24 brd 198\\.18\\.0\\.255 ")
                .containsPattern("eth1\\s+inet " + LabAddresses.ROUTER_LAN + "/24 brd 192\\.168\\.28\\.255 ");
        assertThat(lab.node("internet").exec("ip", "-o", "-4", "addr", "show", "eth0").output())
                .contains("inet " + LabAddresses.INTERNET_WEB + "/24");
        assertThat(lab.node("router").exec("ip", "route").output().lines().map(String::strip))
                .containsExactlyInAnyOrder(
                        LabNetwork.LAN.subnet() + " dev eth1 proto kernel scope link src " + LabAddresses.ROUTER_LAN,
                        LabNetwork.INTERNET.subnet() + " dev eth0 proto kernel scope link src " + LabAddresses.ROUTER_INTERNET);
    }

    @Test
    void nodesAskOurRouterForNamesAndNothingElse() {
        CommandResult resolv = lab.node("internet").exec("cat", "/etc/resolv.conf");
        assertThat(resolv.output().strip()).isEqualTo("nameserver " + LabAddresses.ROUTER_INTERNET);

        CommandResult lookup = lab.node("internet").exec("getent", "hosts", "www.yahoo.com");
        assertThat(lookup.output()).as("answered by dnsmasq on the router").contains(LabAddresses.INTERNET_WEB);

        for (String node : List.of("router", "internet")) {
            CommandResult routes = lab.node(node).exec("ip", "route");
            assertThat(routes.output()).as("routes of %s: no way out of the lab", node).doesNotContain("default");
        }
        CommandResult linuxResolv = saxonsoc.run("cat /etc/resolv.conf");
        assertThat(linuxResolv.output()).doesNotContain("10.255.255.53").doesNotContain("127.0.0.11");
    }
}
