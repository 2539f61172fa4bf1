package dev.esp32ppp.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a harness killed outright (no shutdown hook ran) left behind: its containers (the switch
 * among them; removing them takes the lab's links) and wire folder. Every lab labels its
 * containers with its id, its owner process and its wire folder; a lab whose owner on this
 * machine is gone is removed before a new lab starts. Labs of living harnesses are never touched.
 */
final class CrashedLabs {
    static final String OWNER = "dev.esp32ppp.owner";
    static final String WIRE = "dev.esp32ppp.wire";

    private CrashedLabs() {
    }

    /** The owner label's value for this process. */
    static String self() {
        return Long.toString(ProcessHandle.current().pid());
    }

    /** @return the ids of the labs removed */
    static List<String> sweep(DockerClient docker, EventLog events) {
        Map<String, Map<String, String>> dead = new LinkedHashMap<>();
        for (Container container : docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Lab.LABEL)).exec()) {
            collect(container.getLabels(), dead);
        }
        for (Map.Entry<String, Map<String, String>> lab : dead.entrySet()) {
            String id = lab.getKey();
            String label = Lab.LABEL + "=" + id;
            for (Container container : docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(label)).exec()) {
                ignoreGone(() -> docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec());
            }
            String wire = lab.getValue().get(WIRE);
            if (wire != null && Path.of(wire).getFileName().toString().startsWith(Lab.WIRE_PREFIX)) {
                Folders.deleteTree(Path.of(wire));
            }
            events.record("harness", EventKind.SWEPT, "lab " + id + " of a harness that is gone");
        }
        return List.copyOf(dead.keySet());
    }

    private static void collect(Map<String, String> labels, Map<String, Map<String, String>> dead) {
        String owner = labels.get(OWNER);
        if (owner == null) {
            return;
        }
        boolean alive = ProcessHandle.of(Long.parseLong(owner)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            dead.putIfAbsent(labels.get(Lab.LABEL), labels);
        }
    }

    private static void ignoreGone(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException e) {
            // removed meanwhile
        }
    }
}
