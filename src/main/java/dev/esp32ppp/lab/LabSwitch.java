package dev.esp32ppp.lab;

import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The lab's switch: a container of the lab alone, on no network, idle, whose network namespace
 * holds one bridge per lab network; each node's links are wired to it as the node starts.
 * Removing the lab's containers removes their namespaces and with them every link, so a crashed
 * lab leaves only containers (this one labelled as the others) to sweep.
 */
final class LabSwitch {
    private final GenericContainer<?> container;
    private final LinkWiring wiring;
    private long pid;

    /**
     * @param name  the switch container's name
     * @param image any of the lab's own images: the switch needs nothing but {@code sleep}
     */
    LabSwitch(String name, String image, Map<String, String> labels, LinkWiring wiring) {
        this.container = new GenericContainer<>(DockerImageName.parse(image))
                .withImagePullPolicy(ignored -> false)
                .withLabels(labels)
                .withNetworkMode("none")
                .withCommand("sleep", "infinity")
                .withCreateContainerCmdModifier(cmd -> cmd.withName(name).withHostName("switch"));
        this.wiring = wiring;
    }

    /** Starts the switch with a bridge for each of {@code networks}. */
    void start(List<LabNetwork> networks) {
        container.start();
        pid = container.getContainerInfo().getState().getPidLong();
        wiring.bridges(pid, networks);
    }

    /** Wires {@code links} of the node whose container's process is {@code nodePid} to their bridges. */
    void connect(long nodePid, List<Link> links) {
        wiring.connect(nodePid, pid, links);
    }

    /** Removes the switch, and so every link of the lab still wired to it; safe when it never started. */
    void stop() {
        container.stop();
    }
}
