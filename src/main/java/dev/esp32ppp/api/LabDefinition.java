package dev.esp32ppp.api;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.scenario.ScenarioLab;
import java.nio.file.Path;
import java.util.List;

/**
 * A lab whose options were checked ({@link Esp32PppLabBuilder#build()}), ready to start as
 * often as wanted: each {@link #start()} is a fresh lab with its own containers, links and run
 * folder, so several can run side by side.
 */
public final class LabDefinition {
    private final ScenarioLab lab;
    private final Path runsFolder;

    LabDefinition(ScenarioLab lab, Path runsFolder) {
        this.lab = lab;
        this.runsFolder = runsFolder;
    }

    /** The names of the lab's nodes, in power-on order, e.g. router, internet, esp32, saxonsoc. */
    public List<String> nodeNames() {
        return lab.topology().nodeNames();
    }

    /**
     * Powers the lab on: builds its images first where they are missing (the first time on a
     * machine, several minutes), then starts its nodes and wires its cables. A lab that fails to
     * start leaves nothing behind.
     */
    public Esp32PppLab start() {
        LabImages.buildMissing(lab.topology());
        return new Esp32PppLab(Lab.start(lab.config(runsFolder)));
    }
}
