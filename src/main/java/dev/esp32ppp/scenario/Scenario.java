package dev.esp32ppp.scenario;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.PppdVersion;
import java.nio.file.Path;

/**
 * A scenario as its file declares it: the lab it needs and the steps it runs on it; and, with
 * {@code sideBySide}, another scenario run after it and shown beside it (the bug and its fix).
 */
public record Scenario(String name, String description, Path file, ScenarioLab lab, Steps steps, Scenario sideBySide) {

    /** The same scenario (and the one beside it) at another time scale on another firmware. */
    public Scenario with(double scale, FirmwareProfile profile) {
        return new Scenario(name, description, file, lab.with(scale, profile), steps,
                sideBySide == null ? null : sideBySide.with(scale, profile));
    }

    /** The same scenario (and the one beside it) with the ESP32 on another network stack. */
    public Scenario onStack(Esp32Stack stack) {
        return new Scenario(name, description, file, lab.onStack(stack), steps,
                sideBySide == null ? null : sideBySide.onStack(stack));
    }

    /** The same scenario (and the one beside it) with its Linux on another pppd. */
    public Scenario onPppd(PppdVersion pppd) {
        return new Scenario(name, description, file, lab.onPppd(pppd), steps,
                sideBySide == null ? null : sideBySide.onPppd(pppd));
    }

    /** The same scenario (and the one beside it) with the Linux nodes' pppd on another kernel. */
    public Scenario onPppdKernel(PppdKernel kernel) {
        return new Scenario(name, description, file, lab.onPppdKernel(kernel), steps,
                sideBySide == null ? null : sideBySide.onPppdKernel(kernel));
    }
}
