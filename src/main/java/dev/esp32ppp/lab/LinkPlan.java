package dev.esp32ppp.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which links a lab's topology needs, decided before anything runs: for every attachment of every
 * node, the interface its node sees, as the node saw it when Docker's networks made it (so its
 * scripts and recipes behave as before): named eth0, eth1, ... in the order of the networks'
 * names, the MAC Docker derived from the address (02:42 and the address's four octets).
 */
record LinkPlan(List<Link> links) {
    LinkPlan {
        links = List.copyOf(links);
    }

    static LinkPlan of(String labId, Topology topology) {
        List<Link> links = new ArrayList<>();
        for (NodeSpec node : topology.nodes()) {
            List<Attachment> byNetworkName = node.attachments().stream()
                    .sorted(Comparator.comparing(attachment -> attachment.network().id())).toList();
            for (int i = 0; i < byNetworkName.size(); i++) {
                Attachment attachment = byNetworkName.get(i);
                links.add(new Link(node.name(), "eth" + i, attachment.network(), attachment.address(),
                        mac(attachment.address()), "lab" + labId + "-" + links.size()));
            }
        }
        return new LinkPlan(links);
    }

    /** The links of one node, in the order of its interfaces. */
    List<Link> of(String node) {
        return links.stream().filter(link -> link.node().equals(node)).toList();
    }

    /** The networks the links are on, each once: the bridges the switch needs. */
    List<LabNetwork> networks() {
        return links.stream().map(Link::network).distinct().sorted().toList();
    }

    /** The interfaces a node waits for before its start script goes on, as its LAB_LINKS has them. */
    String interfaces(String node) {
        return String.join(" ", of(node).stream().map(Link::iface).toList());
    }

    private static String mac(String address) {
        StringBuilder mac = new StringBuilder("02:42");
        for (String octet : address.split("\\.")) {
            mac.append(String.format(":%02x", Integer.parseInt(octet)));
        }
        return mac.toString();
    }
}
