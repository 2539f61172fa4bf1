package dev.esp32ppp.lab;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.events.PppdStart;
import dev.esp32ppp.events.StackReady;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a report needs of one lab once it has closed: its nodes, its events on one clock and
 * each node's console.
 *
 * @param title what this lab showed, e.g. the scenario's name
 * @param labId the lab's id, as in its containers' names
 * @param nodes the nodes' names, in power-on order
 * @param events every event of the lab, frames included
 * @param consoles each node's console lines
 * @param runFolder the folder with the run's files
 */
public record LabRecord(String title, String labId, List<String> nodes, List<Event> events,
                        Map<String, List<String>> consoles, Path runFolder) {
    public LabRecord {
        nodes = List.copyOf(nodes);
        events = List.copyOf(events);
        consoles = Map.copyOf(consoles);
    }

    public List<Event> of(String node, EventKind kind) {
        return events.stream().filter(e -> e.node().equals(node) && e.kind() == kind).toList();
    }

    /** The ESP32 network stacks that came up in this lab as they named themselves, e.g. {@code lwip 2.1.3}. */
    public List<String> esp32Stacks() {
        return events.stream().filter(e -> e.kind() == EventKind.MODEL_READY && e.data() instanceof StackReady)
                .map(e -> ((StackReady) e.data()).label()).distinct().toList();
    }

    /** The pppd versions that Linux nodes of this lab started, as the programs named themselves, e.g. {@code 2.4.9}. */
    public List<String> pppdVersions() {
        return nodes.stream().flatMap(node -> pppdVersions(node).stream()).distinct().toList();
    }

    /** The pppd versions that {@code node} started; none for a node that ran no pppd. */
    public List<String> pppdVersions(String node) {
        return of(node, EventKind.PPPD_START).stream().filter(e -> e.data() instanceof PppdStart)
                .map(e -> ((PppdStart) e.data()).version()).distinct().toList();
    }

    /** The modes the Linux nodes' pppd ran in, as the nodes told when their kernel came up. */
    public List<PppdKernel> pppdKernels() {
        return events.stream().filter(e -> e.kind() == EventKind.KERNEL_UP && e.data() instanceof PppdKernel)
                .map(e -> (PppdKernel) e.data()).distinct().toList();
    }

    /** Seconds from the lab's start to its last event. */
    public double seconds() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).at().toNanos() / 1e9;
    }
}
