package dev.esp32ppp.api;

import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.ImageBuilder;
import dev.esp32ppp.lab.ImageCatalog;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.NodeSpec;
import dev.esp32ppp.scenario.ScenarioLab;
import java.nio.file.Path;
import java.util.List;

/**
 * A lab whose options were checked ({@link Esp32PppLabBuilder#build()}), ready to start as
 * often as wanted: each {@link #start()} is a fresh lab with its own containers, links and run
 * folder, so several can run side by side.
 */
public final class LabDefinition {
    /** Images are built one at a time: labs starting at once in one JVM wait for the first build. */
    private static final Object IMAGES = new Object();

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
        buildMissingImages();
        return new Esp32PppLab(Lab.start(lab.config(runsFolder)));
    }

    private void buildMissingImages() {
        synchronized (IMAGES) {
            ImageCatalog catalog = ImageCatalog.ofProject();
            List<String> roles = lab.topology().nodes().stream().map(NodeSpec::role).map(catalog::image).toList();
            if (!roles.stream().allMatch(image -> DockerEngine.hasImage(DockerEngine.client(), image))) {
                new ImageBuilder(catalog, DockerEngine.client(), System.out).buildAll();
            }
        }
    }
}
