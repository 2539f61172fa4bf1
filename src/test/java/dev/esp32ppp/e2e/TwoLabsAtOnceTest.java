package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.Nodes;
import dev.esp32ppp.lab.Topology;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two labs with the same addresses run at the same moment on one engine, each on its own links
 * (Docker's networks refused the second: "Pool overlaps with other one on this address space"),
 * and neither leaves anything behind: no container, and nothing in the machine's own namespace.
 */
@Tag("e2e")
class TwoLabsAtOnceTest {
    /** The LAN with a computer on it, the router, and the internet: both networks, no board. */
    private static final Topology LAN_AND_INTERNET =
            new Topology(List.of(Nodes.router(), Nodes.internet(), Nodes.lanhost()), List.of());

    private final DockerClient docker = DockerEngine.client();

    @Test
    void twoLabsAnswerOnTheSameAddressesAtOnceEachInItsOwnNetworksAndLeaveNothing() {
        CompletableFuture<Lab> startingFirst = CompletableFuture.supplyAsync(TwoLabsAtOnceTest::start);
        CompletableFuture<Lab> startingSecond = CompletableFuture.supplyAsync(TwoLabsAtOnceTest::start);
        String first;
        String second;
        try (Lab one = startingFirst.join(); Lab two = startingSecond.join()) {
            first = one.id();
            second = two.id();
            for (Lab lab : List.of(one, two)) {
                lab.node("internet").exec("sh", "-c", "echo lab " + lab.id() + " > /srv/www/which.txt");
            }
            for (Lab lab : List.of(one, two)) {
                CommandResult ping = lab.node("lanhost").exec("ping", "-c", "1", "-W", "5", LabAddresses.ROUTER_LAN);
                assertThat(ping.exitCode()).as("lab %s: lanhost pings the router: %s", lab.id(), ping.output()).isZero();
                CommandResult page = lab.node("router").exec("curl", "-s", "-m", "5",
                        "http://" + LabAddresses.INTERNET_WEB + "/which.txt");
                assertThat(page.output()).as("lab %s's router reaches its own internet", lab.id())
                        .isEqualTo("lab " + lab.id() + "\n");
                assertThat(lab.node("router").exec("ip", "-o", "-4", "addr", "show").output())
                        .containsPattern("eth0\\s+inet " + LabAddresses.ROUTER_INTERNET + "/24")
                        .containsPattern("eth1\\s+inet " + LabAddresses.ROUTER_LAN + "/24");
            }
            assertThat(HostLinks.names()).as("the machine's own interfaces while both labs run")
                    .noneMatch(name -> name.contains(first) || name.contains(second));
        }
        for (String lab : List.of(first, second)) {
            assertThat(docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Lab.LABEL + "=" + lab)).exec())
                    .as("containers of lab %s after close", lab).isEmpty();
        }
        assertThat(HostLinks.names()).noneMatch(name -> name.contains(first) || name.contains(second));
    }

    private static Lab start() {
        return Lab.start(new LabConfig(LAN_AND_INTERNET, 0.1, LabConfig.defaultRunsFolder()));
    }
}
