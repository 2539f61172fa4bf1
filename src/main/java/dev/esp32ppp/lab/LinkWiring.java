package dev.esp32ppp.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Wires a lab's links with iproute2 from the engine's host, as containerlab wires its nodes: the
 * bridges in the switch's network namespace, and for each link a veth pair created with one end
 * in the node's namespace and the other in the switch's, so that no end ever sits in the host's.
 * Namespaces are reached by their container's process id; what is wired goes with the containers.
 */
final class LinkWiring {
    private static final String NEEDS = "; the link wiring needs root, ip (iproute2) and nsenter on the engine's host"
            + " (see ./harness doctor)";

    private final CommandRunner host;

    LinkWiring(CommandRunner host) {
        this.host = host;
    }

    /** A bridge, up and without an address, for each network in the switch whose process is {@code switchPid}. */
    void bridges(long switchPid, List<LabNetwork> networks) {
        List<String> batch = new ArrayList<>();
        for (LabNetwork network : networks) {
            batch.add("link add " + network.bridge() + " type bridge");
            batch.add("link set " + network.bridge() + " up");
        }
        inNamespace(switchPid, batch);
    }

    /**
     * A node's links: each veth pair, its switch end a port of its bridge, then its node end up
     * and, last of all, addressed. The node's start script waits for those addresses (lab-net.sh).
     */
    void connect(long nodePid, long switchPid, List<Link> links) {
        List<String> ports = new ArrayList<>();
        List<String> up = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (Link link : links) {
            run(List.of("ip", "link", "add", link.iface(), "netns", Long.toString(nodePid), "address", link.mac(),
                    "type", "veth", "peer", "name", link.switchEnd(), "netns", Long.toString(switchPid)));
            ports.add("link set " + link.switchEnd() + " master " + link.network().bridge());
            ports.add("link set " + link.switchEnd() + " up");
            up.add("link set " + link.iface() + " up");
            addresses.add("addr add " + link.cidr() + " broadcast + dev " + link.iface());
        }
        inNamespace(switchPid, ports);
        up.addAll(addresses);
        inNamespace(nodePid, up);
    }

    /** Runs ip's commands, one a line, in the network namespace of process {@code pid}. */
    private void inNamespace(long pid, List<String> batch) {
        if (!batch.isEmpty()) {
            run(List.of("nsenter", "-t", Long.toString(pid), "-n", "ip", "-batch", "-"), String.join("\n", batch) + "\n");
        }
    }

    private void run(List<String> command) {
        run(command, "");
    }

    private void run(List<String> command, String input) {
        try {
            host.run(command, input);
        } catch (LabException e) {
            throw new LabException(e.getMessage() + NEEDS, e);
        }
    }
}
