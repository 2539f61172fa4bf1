package dev.esp32ppp.lab;

import dev.esp32ppp.events.PppdKernel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What lab to build.
 *
 * @param topology its nodes and cables
 * @param timeScale factor for the long waits (boot time, autostart delays); 1 is the field timing
 * @param runsFolder where each run's folder (events, transcript, consoles) is written
 * @param pppdKernel where its Linux nodes' pppd finds kernel PPP
 */
public record LabConfig(Topology topology, double timeScale, Path runsFolder, PppdKernel pppdKernel) {
    public LabConfig {
        Objects.requireNonNull(pppdKernel, "pppdKernel");
        if (!(timeScale > 0 && timeScale <= 10)) {
            throw new LabException("time scale must be above 0 and at most 10, was " + timeScale);
        }
    }

    /** A lab whose Linux nodes run pppd in user-mode Linux, the default and the mode the tests run. */
    public LabConfig(Topology topology, double timeScale, Path runsFolder) {
        this(topology, timeScale, runsFolder, PppdKernel.UML);
    }

    public static Path defaultRunsFolder() {
        return ProjectHome.path().resolve("target/harness-runs");
    }
}
