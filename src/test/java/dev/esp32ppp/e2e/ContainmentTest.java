package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.Topologies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No node reaches anything outside the lab: not the machine's own addresses (docker0, and those
 * it had on the lab's networks when they were Docker's bridges), not the machine's resolver, and
 * with no rule in the machine's firewall: the lab's networks are bridges of the lab alone. Only
 * the machine's own addresses are tried.
 */
@Tag("e2e")
class ContainmentTest {
    private static Lab lab;

    @BeforeAll
    static void startLab() {
        lab = Lab.start(new LabConfig(Topologies.linuxWithPppdPeer(PppdVersion.DEFAULT), 0.1, LabConfig.defaultRunsFolder()));
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.28.1", "198.18.0.254", "172.17.0.1", "10.255.255.53"})
    void theRouterOnBothNetworksCannotReachTheMachine(String machineAddress) {
        CommandResult ping = lab.node("router").exec("ping", "-c", "1", "-W", "2", machineAddress);
        assertThat(ping.exitCode()).as(ping.output()).isNotZero();
        CommandResult tcp = lab.node("router").exec("socat", "-T", "2", "/dev/null",
                "TCP:" + machineAddress + ":22,connect-timeout=2");
        assertThat(tcp.exitCode()).as(tcp.output()).isNotZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"router", "internet"})
    void nodesHaveNoRouteOutAndNoOtherResolverThanTheLabs(String node) {
        CommandResult route = lab.node(node).exec("ip", "route", "get", "10.255.255.53");
        assertThat(route.exitCode()).as(route.output()).isNotZero();
        assertThat(route.output()).contains("unreachable");
        String resolver = lab.node(node).exec("cat", "/etc/resolv.conf").output();
        assertThat(resolver).doesNotContain("10.255.255.53").doesNotContain("127.0.0.11");
    }
}
