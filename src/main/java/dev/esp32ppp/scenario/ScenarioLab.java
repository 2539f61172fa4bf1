package dev.esp32ppp.scenario;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.NodeSpec;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.lab.Topology;
import java.nio.file.Path;
import java.util.List;

/**
 * The lab a scenario needs: a topology by name (see {@link Topologies#names()}), what its boards
 * run, the nodes the file adds to it, its serial line, and the time scale of its long waits. A
 * timing-window sweep takes only the boards from it, for a lab of its own at each point
 * ({@link Topologies#timingWindow}).
 *
 * @param added nodes beyond the topology's own, e.g. the LAN host, or in place of its own of the same
 *              name, e.g. the internet with a pinned package index
 * @param line the serial line as the file sets it; null keeps the topology's
 * @param pppdKernel where the Linux nodes' pppd finds kernel PPP
 */
public record ScenarioLab(String topologyName, BoardSetup boards, List<NodeSpec> added, LineSpec line,
                          double timeScale, PppdKernel pppdKernel) {
    public ScenarioLab {
        added = List.copyOf(added);
    }

    /** The nodes and cables of this lab. */
    public Topology topology() {
        Topology topology = Topologies.named(topologyName, boards);
        for (NodeSpec node : added) {
            topology = topology.nodeNames().contains(node.name()) ? topology.replacing(node) : topology.with(node);
        }
        return line == null ? topology : topology.withLine(line);
    }

    public LabConfig config(Path runs) {
        return new LabConfig(topology(), timeScale, runs, pppdKernel);
    }

    /** The same lab with the serial line the file sets. */
    public ScenarioLab withLine(LineSpec settings) {
        return new ScenarioLab(topologyName, boards, added, settings, timeScale, pppdKernel);
    }

    /** The same lab at another time scale, its ESP32 on another firmware. */
    public ScenarioLab with(double scale, FirmwareProfile firmware) {
        return new ScenarioLab(topologyName, boards.withFirmware(firmware), added, line, scale, pppdKernel);
    }

    /** The same lab, its ESP32 on another network stack. */
    public ScenarioLab onStack(Esp32Stack stack) {
        return new ScenarioLab(topologyName, boards.withStack(stack), added, line, timeScale, pppdKernel);
    }

    /** The same lab, its Linux nodes' pppd on another kernel. */
    public ScenarioLab onPppdKernel(PppdKernel kernel) {
        return new ScenarioLab(topologyName, boards, added, line, timeScale, kernel);
    }

    /** The same lab, its Linux on another pppd. */
    public ScenarioLab onPppd(PppdVersion pppd) {
        return new ScenarioLab(topologyName, boards.withPppd(pppd), added, line, timeScale, pppdKernel);
    }
}
