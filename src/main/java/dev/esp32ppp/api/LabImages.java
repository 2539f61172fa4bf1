package dev.esp32ppp.api;

import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.ImageBuilder;
import dev.esp32ppp.lab.ImageCatalog;
import dev.esp32ppp.lab.NodeSpec;
import dev.esp32ppp.lab.Topology;

/**
 * The lab's images, built on the local engine where missing before a lab starts (the first time
 * on a machine: several minutes). One build at a time: labs starting at once in one JVM wait for it.
 */
final class LabImages {
    private LabImages() {
    }

    static synchronized void buildMissing(Topology topology) {
        ImageCatalog catalog = ImageCatalog.ofProject();
        boolean missing = topology.nodes().stream().map(NodeSpec::role).map(catalog::image)
                .anyMatch(image -> !DockerEngine.hasImage(DockerEngine.client(), image));
        if (missing) {
            new ImageBuilder(catalog, DockerEngine.client(), System.out).buildAll();
        }
    }
}
