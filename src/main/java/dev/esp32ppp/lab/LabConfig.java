package dev.esp32ppp.lab;

import java.nio.file.Path;

/**
 * What lab to build.
 *
 * @param topology its nodes and cables
 * @param timeScale factor for the long waits (boot time, autostart delays); 1 is the field timing
 * @param runsFolder where each run's folder (events, transcript, consoles) is written
 */
public record LabConfig(Topology topology, double timeScale, Path runsFolder) {
    public LabConfig {
        if (!(timeScale > 0 && timeScale <= 10)) {
            throw new LabException("time scale must be above 0 and at most 10, was " + timeScale);
        }
    }

    public static Path defaultRunsFolder() {
        return ProjectHome.path().resolve("target/harness-runs");
    }
}
