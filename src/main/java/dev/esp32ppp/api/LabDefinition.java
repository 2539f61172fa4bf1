package dev.esp32ppp.api;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.Nodes;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.lab.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A lab whose options were checked ({@link Esp32PppLabBuilder#build()}), ready to start as
 * often as wanted: each {@link #start()} is a fresh lab with its own containers, links and run
 * folder, so several can run side by side. Scenario files and the {@code harness} command make
 * theirs with the same builder, so a lab means the same whichever way it was asked for.
 * Two definitions are equal when they were told the same.
 */
public final class LabDefinition {
    private final LabChoices choices;
    private final BoardSetup boards;

    LabDefinition(LabChoices choices, BoardSetup boards) {
        this.choices = choices;
        this.boards = boards;
    }

    /** A builder holding this definition's options, to change some of them and build another. */
    public Esp32PppLabBuilder toBuilder() {
        return new Esp32PppLabBuilder(choices);
    }

    /** The names of the lab's nodes, in power-on order, e.g. router, internet, esp32, saxonsoc. */
    public List<String> nodeNames() {
        return topology().nodeNames();
    }

    /** The factor of the lab's long waits (1 is the field's timing). */
    public double timeScale() {
        return choices.timeScale();
    }

    /**
     * Powers the lab on: builds its images first where they are missing (the first time on a
     * machine, several minutes), then starts its nodes and wires its cables. A lab that fails to
     * start leaves nothing behind.
     */
    public Esp32PppLab start() {
        buildMissingImages();
        return new Esp32PppLab(startLab(choices.runsFolder(), event -> { }));
    }

    /** Builds the lab's container images where missing, as {@link #start()} does first (minutes, once a machine). */
    public void buildMissingImages() {
        LabImages.buildMissing(topology());
    }

    /**
     * The harness's own way in (its scenario runner and command line): starts the lab with its run
     * folder under {@code runs}, each event also handed to {@code listener}, and gives the
     * harness's internal view of it. Its images must be there.
     */
    public Lab startLab(Path runs, Consumer<Event> listener) {
        return Lab.start(config(runs), listener);
    }

    /** The harness's configuration of this lab, its run folder under {@code runs}. */
    public LabConfig config(Path runs) {
        return new LabConfig(topology(), choices.timeScale(), runs, pppdKernel());
    }

    /**
     * The harness's own way in for a point of its timing-window sweep: this lab's boards, the
     * ESP32 on {@code firmware} and idle, the Linux ready for the harness to start pppd, at the
     * field's timing (time scale 1).
     */
    public Lab startTimingWindowLab(FirmwareProfile firmware, Path runs, Consumer<Event> listener) {
        return Lab.start(new LabConfig(Topologies.timingWindow(boards.withFirmware(firmware)), 1, runs, pppdKernel()),
                listener);
    }

    /** The topology's name, e.g. {@code autostart}. */
    public String topologyName() {
        return choices.topology();
    }

    /** The serial line as set ({@link Esp32PppLabBuilder#withLine}); null keeps the topology's own. */
    public LineSpec line() {
        return choices.line();
    }

    /** The harness's view of what the boards run (firmware, stack, files, pppd). */
    public BoardSetup boards() {
        return boards;
    }

    /** Where the Linux nodes' pppd finds kernel PPP. */
    public PppdKernel pppdKernel() {
        return choices.nativePppd() ? PppdKernel.NATIVE : PppdKernel.UML;
    }

    /** The harness's view of the lab's nodes and cables. */
    public Topology topology() {
        Topology topology = Topologies.named(choices.topology(), boards);
        if (choices.lanHost()) {
            topology = topology.with(Nodes.lanhost());
        }
        if (choices.lanLinux()) {
            topology = topology.with(Nodes.lanLinux());
        }
        if (choices.packageIndex() != null) {
            topology = topology.replacing(Nodes.internet(choices.packageIndex()));
        }
        return choices.line() == null ? topology : topology.withLine(choices.line());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabDefinition that && choices.equals(that.choices);
    }

    @Override
    public int hashCode() {
        return choices.hashCode();
    }

    @Override
    public String toString() {
        return "LabDefinition" + choices;
    }
}
