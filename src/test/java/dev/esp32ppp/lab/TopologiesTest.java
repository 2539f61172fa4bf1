package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The labs as data: their nodes, roles, cables and subnets, and what each role is. */
@Tag("unit")
class TopologiesTest {
    private static final BoardSetup BOARDS = BoardSetup.of(FirmwareProfile.PNR5_IPFORWARD);

    @Test
    void autostartIsTheTwoBoardsOnTheirCableWithTheLanAndTheInternet() {
        Topology autostart = Topologies.named("autostart", BOARDS);
        assertThat(autostart.nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc");
        assertThat(autostart.nodes()).extracting(NodeSpec::role)
                .containsExactly(NodeRole.ROUTER, NodeRole.INTERNET, NodeRole.ESP32, NodeRole.SAXONSOC);
        assertThat(autostart.cables()).containsExactly(CableSpec.between("saxonsoc", "esp32", Topologies.UART_BAUD));
        assertThat(autostart.hasPassthru()).isFalse();
        assertThat(autostart.subnets()).containsExactly("10.0.5.0/24", "192.168.28.0/24", "198.18.0.0/24");
        NodeSpec linux = autostart.nodes().get(3);
        assertThat(linux.files()).containsEntry(BOARDS.s30ppp(), Nodes.S30PPP);
        assertThat(linux.bootSeconds()).isEqualTo(Nodes.SAXONSOC_BOOT_SECONDS);
    }

    @Test
    void theEsp32RunsTheBoardsStackWithTheFirmwaresTimers() {
        NodeSpec lwip = Nodes.esp32(BOARDS.withStack(Esp32Stack.LWIP));
        assertThat(lwip.env()).containsEntry(Esp32Stack.VARIABLE, "lwip").containsEntry("FIRMWARE", "pnr5-ipforward")
                .containsEntry("FSM_RESTART_MS", "1500").containsEntry("FSM_MAX_CONFREQS", "10");
        assertThat(lwip.sysctls()).containsEntry("net.ipv4.ip_forward", "1");
        assertThat(Nodes.esp32(BOARDS.withStack(Esp32Stack.MODEL)).env()).containsEntry(Esp32Stack.VARIABLE, "model");
    }

    @Test
    void passthruIsTheEsp32AtItsPromptAndThePcOnTheUsbSerial() {
        Topology passthru = Topologies.named("passthru", BOARDS);
        assertThat(passthru.nodeNames()).containsExactly("esp32", "pc");
        assertThat(passthru.cables()).containsExactly(CableSpec.passthru("pc", "esp32", Topologies.USB_SERIAL_BAUD));
        assertThat(passthru.hasPassthru()).isTrue();
        assertThat(passthru.subnets()).containsExactly("10.0.5.0/24", "192.168.28.0/24");
        assertThat(passthru.nodes().get(0).files()).containsValues("/flash", "/flash/main.py");
        assertThat(passthru.nodes().get(1).env()).containsEntry("UART_DEVICE", "ttyUSB0");
    }

    @Test
    void everyLinuxThatRunsPppdRunsTheChosenVersionTheFieldsByDefault() {
        BoardSetup newer = BOARDS.withPppd(PppdVersion.V2_5_2);
        assertThat(BOARDS.pppd()).isEqualTo(PppdVersion.V2_4_9);
        assertThat(Topologies.autostart(BOARDS).nodes().get(3).env()).containsEntry(PppdVersion.VARIABLE, "2.4.9");
        assertThat(Topologies.autostart(newer).nodes().get(3).env()).containsEntry(PppdVersion.VARIABLE, "2.5.2");
        assertThat(Topologies.passthru(newer).nodes().get(1).env()).containsEntry(PppdVersion.VARIABLE, "2.5.2");
        assertThat(Topologies.timingWindow(newer).nodes().get(1).env()).containsEntry(PppdVersion.VARIABLE, "2.5.2");
        assertThat(Topologies.linuxWithPppdPeer(PppdVersion.V2_5_2).nodes()).filteredOn(n -> n.role() == NodeRole.SAXONSOC)
                .extracting(NodeSpec::name, n -> n.env().get(PppdVersion.VARIABLE))
                .containsExactly(tuple("saxonsoc", "2.5.2"), tuple("testpeer", "2.5.2"));
        assertThat(Topologies.linuxAlone().nodes().get(0).env()).containsEntry(PppdVersion.VARIABLE, "2.4.9");
    }

    @Test
    void aPppdVersionIsOneTheImageHas() {
        assertThat(PppdVersion.byId(" 2.5.2")).isEqualTo(PppdVersion.V2_5_2);
        assertThatThrownBy(() -> PppdVersion.byId("2.4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown pppd version '2.4'; known: 2.4.9, 2.5.2");
        for (PppdVersion version : PppdVersion.values()) {
            assertThat(ProjectHome.path().resolve("containers/saxonsoc/Dockerfile")).content()
                    .as("the image has pppd " + version.id()).contains("/opt/pppd/" + version.id() + "/pppd");
        }
    }

    @Test
    void aScenarioNamesOnlyTheKnownTopologies() {
        assertThat(Topologies.names()).containsExactly("autostart", "passthru");
        assertThatThrownBy(() -> Topologies.named("mesh", BOARDS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown topology 'mesh'; known: autostart, passthru");
    }

    @Test
    void aTopologyTakesMoreNodesAndAnotherLineButNoTwoNodesOfOneName() {
        Topology lonely = Topologies.linuxAlone();
        assertThat(lonely.subnets()).as("an unplugged UART carries no PPP link").isEmpty();
        Topology withLanhost = Topologies.autostart(BOARDS).with(Nodes.lanhost());
        assertThat(withLanhost.nodeNames()).endsWith("lanhost");
        assertThatThrownBy(() -> withLanhost.with(Nodes.lanhost())).isInstanceOf(LabException.class)
                .hasMessageContaining("lanhost");
        LineSpec noisy = new LineSpec(115200, new LineNoise(1e-6, 0, 7), LineImpairments.NONE);
        assertThat(Topologies.autostart(BOARDS).withLine(noisy).cables()).extracting(CableSpec::line).containsExactly(noisy);
    }

    @Test
    void theLanLinuxIsAUserModeLinuxOnTheLanThatStartsNothing() {
        NodeSpec lanLinux = Nodes.lanLinux();
        assertThat(lanLinux.role()).as("the saxonsoc image: user-mode Linux with IPIP and GRE modules")
                .isEqualTo(NodeRole.SAXONSOC);
        assertThat(lanLinux.attachments()).containsExactly(new Attachment(LabNetwork.LAN, LabAddresses.LANLINUX));
        assertThat(lanLinux.env()).containsEntry("LAN_DEVICE", "eth0").containsEntry("LAN_GATEWAY",
                LabAddresses.ROUTER_LAN);
        assertThat(lanLinux.files()).containsEntry(ProjectHome.fixtures().resolve("saxonsoc/S30ppp-later"), Nodes.S30PPP);
        assertThat(lanLinux.bootSeconds()).isZero();
        Topology tunnel = Topologies.autostart(BOARDS).with(lanLinux);
        assertThat(tunnel.cables()).as("its UART is on no cable").hasSize(1);
        assertThat(tunnel.subnets()).as("the tunnel's own subnet too").containsExactly(LabAddresses.PPP_SUBNET,
                "192.168.28.0/24", "198.18.0.0/24", "10.0.6.0/24");
    }

    @Test
    void theEsp32NodeFollowsItsFirmwareAndFlash() {
        NodeSpec official = Nodes.esp32(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL));
        assertThat(official.env()).containsEntry("FIRMWARE", "idf3-official");
        assertThat(official.sysctls()).containsEntry("net.ipv4.ip_forward", "0");
        assertThat(official.files()).containsOnlyKeys(BOARDS.flash());
        NodeSpec forwarding = Nodes.esp32(BOARDS.withMain(BOARDS.flash().resolve("boot.py")));
        assertThat(forwarding.sysctls()).containsEntry("net.ipv4.ip_forward", "1");
        assertThat(List.copyOf(forwarding.files().values())).as("the flash first, then main.py over it")
                .containsExactly("/flash", "/flash/main.py");
        Path additions = ProjectHome.fixtures().resolve("esp32/socks-on-flash");
        NodeSpec added = Nodes.esp32(BOARDS.withMain(BOARDS.flash().resolve("boot.py")).withFlashAdditions(additions));
        assertThat(List.copyOf(added.files().keySet())).as("the flash, main.py, then the additions over both")
                .containsExactly(BOARDS.flash(), BOARDS.flash().resolve("boot.py"), additions);
        assertThat(added.files()).containsEntry(additions, "/flash");
    }

    @Test
    void aNodeSpecStepGivesANewSpec() {
        NodeSpec bare = NodeSpec.of("lanhost", NodeRole.LANHOST);
        NodeSpec onLan = bare.on(LabNetwork.LAN, LabAddresses.LANHOST).withEnv("A", "1").withSysctl("b", "2").bootingIn(3);
        assertThat(bare.attachments()).isEmpty();
        assertThat(onLan.attachments()).containsExactly(new Attachment(LabNetwork.LAN, LabAddresses.LANHOST));
        assertThat(onLan.env()).containsExactly(Map.entry("A", "1"));
        assertThat(onLan.sysctls()).containsExactly(Map.entry("b", "2"));
        assertThat(onLan.bootSeconds()).isEqualTo(3);
    }

    @Test
    void eachRoleSaysItsImageItsUartsAndWhereItsShellRuns() {
        for (NodeRole role : NodeRole.values()) {
            assertThat(Files.isDirectory(ProjectHome.path().resolve("containers").resolve(role.id())))
                    .as("containers/" + role.id()).isTrue();
            assertThat(NodeRole.byId(role.id())).isEqualTo(role);
        }
        assertThat(NodeRole.SAXONSOC.uarts()).containsExactly("uart");
        assertThat(NodeRole.ESP32.uarts()).containsExactly("uart2", "uart0");
        assertThat(NodeRole.ESP32.repl()).isEqualTo("uart0");
        assertThat(NodeRole.ROUTER.hasUart()).isFalse();
        assertThat(NodeRole.SAXONSOC.shell("ifconfig ppp0", Duration.ofMillis(300)))
                .containsExactly("guest-exec", "1", "ifconfig ppp0");
        assertThat(NodeRole.ESP32.shell("ip route", Duration.ofSeconds(30)))
                .containsExactly("timeout", "30", "sh", "-c", "ip route");
        assertThatThrownBy(() -> NodeRole.byId("toaster")).isInstanceOf(LabException.class);
    }
}
