package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The links a topology gets (names, addresses, MACs) and the commands that wire them, run by a fake host. */
@Tag("unit")
class LinkWiringTest {
    private static final Topology AUTOSTART = Topologies.autostart(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL));

    /** A host that records what it is asked to run, one line per command, its input after it. */
    private static final class RecordingHost implements CommandRunner {
        private final List<String> commands = new ArrayList<>();

        @Override
        public void run(List<String> command, String input) {
            commands.add(String.join(" ", command) + (input.isEmpty() ? "" : "\n" + input.strip()));
        }
    }

    @Test
    void autostartsNodesKeepTheInterfacesAddressesAndMacsDockerGaveThem() {
        LinkPlan plan = LinkPlan.of("1a2b3c", AUTOSTART);

        assertThat(plan.links()).extracting(Link::node, Link::iface, Link::network, Link::cidr, Link::mac, Link::switchEnd)
                .containsExactly(
                        tuple("router", "eth0", LabNetwork.INTERNET, "198.18.0.1/24", "02:42:c6:12:00:01", "lab1a2b3c-0"),
                        tuple("router", "eth1", LabNetwork.LAN, "192.168.28.254/24", "02:42:c0:a8:1c:fe", "lab1a2b3c-1"),
                        tuple("internet", "eth0", LabNetwork.INTERNET, "198.18.0.80/24", "02:42:c6:12:00:50", "lab1a2b3c-2"),
                        tuple("esp32", "eth0", LabNetwork.LAN, "192.168.28.118/24", "02:42:c0:a8:1c:76", "lab1a2b3c-3"));
        assertThat(plan.links()).allSatisfy(link -> assertThat(link.switchEnd().length()).isLessThanOrEqualTo(15));
        assertThat(plan.networks()).containsExactly(LabNetwork.LAN, LabNetwork.INTERNET);
        assertThat(plan.interfaces("router")).isEqualTo("eth0 eth1");
        assertThat(plan.interfaces("esp32")).isEqualTo("eth0");
        assertThat(plan.interfaces("saxonsoc")).as("a board with only its UART").isEmpty();
    }

    @Test
    void theSwitchGetsOneBridgePerNetworkWithoutAnAddress() {
        RecordingHost host = new RecordingHost();
        new LinkWiring(host).bridges(700, LinkPlan.of("1a2b3c", AUTOSTART).networks());

        assertThat(host.commands).containsExactly("""
                nsenter -t 700 -n ip -batch -
                link add br-lan type bridge
                link set br-lan up
                link add br-internet type bridge
                link set br-internet up""");
    }

    @Test
    void aNodesVethsAreMadeInTheNamespacesThenBridgedThenUpAndAddressedLast() {
        RecordingHost host = new RecordingHost();
        List<Link> router = LinkPlan.of("1a2b3c", AUTOSTART).of("router");
        new LinkWiring(host).connect(900, 700, router);

        assertThat(host.commands).containsExactly(
                "ip link add eth0 netns 900 address 02:42:c6:12:00:01 type veth peer name lab1a2b3c-0 netns 700",
                "ip link add eth1 netns 900 address 02:42:c0:a8:1c:fe type veth peer name lab1a2b3c-1 netns 700",
                """
                nsenter -t 700 -n ip -batch -
                link set lab1a2b3c-0 master br-internet
                link set lab1a2b3c-0 up
                link set lab1a2b3c-1 master br-lan
                link set lab1a2b3c-1 up""",
                """
                nsenter -t 900 -n ip -batch -
                link set eth0 up
                link set eth1 up
                addr add 198.18.0.1/24 broadcast + dev eth0
                addr add 192.168.28.254/24 broadcast + dev eth1""");
    }

    @Test
    void aCommandThatFailsSaysWhatTheWiringNeedsOnTheEnginesHost() {
        CommandRunner refusing = (command, input) -> {
            throw new LabException("ip link add eth0 failed: Operation not permitted");
        };
        List<Link> esp32 = LinkPlan.of("1a2b3c", AUTOSTART).of("esp32");

        assertThatThrownBy(() -> new LinkWiring(refusing).connect(900, 700, esp32)).isInstanceOf(LabException.class)
                .hasMessageContaining("Operation not permitted")
                .hasMessageContaining("needs root, ip (iproute2) and nsenter on the engine's host");
    }

    @Test
    void labsOfTheirOwnNameTheirSwitchEndsApart() {
        assertThat(LinkPlan.of("000001", AUTOSTART).links()).extracting(Link::switchEnd)
                .doesNotContainAnyElementsOf(LinkPlan.of("000002", AUTOSTART).links().stream().map(Link::switchEnd).toList());
    }

    @Test
    void anEngineOnThisMachineIsOneTheHarnessCanWire() {
        assertThat(new EngineHost(null).isThisMachine()).isTrue();
        assertThat(new EngineHost("unix:///var/run/docker.sock").isThisMachine()).isTrue();
        assertThat(new EngineHost("tcp://127.0.0.1:2375").isThisMachine()).isTrue();
        assertThat(new EngineHost("tcp://localhost:2376").isThisMachine()).isTrue();
        EngineHost remote = new EngineHost("tcp://build-box.example:2376");
        assertThat(remote.isThisMachine()).isFalse();
        assertThat(new EngineHost("ssh://ci@build-box.example").isThisMachine()).isFalse();
        assertThatThrownBy(remote::requireThisMachine).isInstanceOf(LabException.class)
                .hasMessageStartingWith("DOCKER_HOST=tcp://build-box.example:2376 is an engine on another machine")
                .hasMessageContaining("run the harness there");
    }
}
