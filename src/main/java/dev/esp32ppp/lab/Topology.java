package dev.esp32ppp.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lab's nodes and the serial cables between their UARTs, as data: what a containerlab topology
 * file says (nodes of a kind, links). A lab is built from it, and a scenario file is checked
 * against it: the nodes it may name, the addresses it may use.
 *
 * @param nodes powered on in this order; their names are unique
 * @param cables the serial cables between their UARTs
 */
public record Topology(List<NodeSpec> nodes, List<CableSpec> cables) {
    public Topology {
        nodes = List.copyOf(nodes);
        cables = List.copyOf(cables);
        Set<String> names = new HashSet<>();
        for (NodeSpec node : nodes) {
            if (!names.add(node.name())) {
                throw new LabException("a lab has one node named " + node.name() + ", not two");
            }
        }
    }

    /** The same lab with one more node, powered on last. */
    public Topology with(NodeSpec node) {
        List<NodeSpec> more = new ArrayList<>(nodes);
        more.add(node);
        return new Topology(more, cables);
    }

    /** The same lab with this node in place of its own of the same name, where it was in the power-on order. */
    public Topology replacing(NodeSpec node) {
        if (!nodeNames().contains(node.name())) {
            throw new LabException("a lab without a node named " + node.name() + " has none to replace");
        }
        return new Topology(nodes.stream().map(own -> own.name().equals(node.name()) ? node : own).toList(), cables);
    }

    /** The same lab whose cables have another line: another speed, noisy, impaired over time. */
    public Topology withLine(LineSpec line) {
        return new Topology(nodes, cables.stream().map(cable -> cable.withLine(line)).toList());
    }

    public List<String> nodeNames() {
        return nodes.stream().map(NodeSpec::name).toList();
    }

    /** Whether one of its cables is the passthru setup's USB serial, for a person at the pc. */
    public boolean hasPassthru() {
        return cables.stream().anyMatch(CableSpec::passthru);
    }

    /**
     * The subnets its nodes reach: the PPP link's when a cable joins two boards, each network a
     * node is on, and the tunnel's when the LAN Linux is there to end one.
     */
    public List<String> subnets() {
        List<String> subnets = new ArrayList<>();
        if (cables.stream().anyMatch(cable -> cable.other() != null)) {
            subnets.add(LabAddresses.PPP_SUBNET);
        }
        nodes.stream().flatMap(node -> node.attachments().stream()).map(a -> a.network().subnet()).distinct()
                .forEach(subnets::add);
        if (nodeNames().contains(Nodes.LAN_LINUX)) {
            subnets.add(LabAddresses.TUNNEL_SUBNET);
        }
        return subnets;
    }
}
