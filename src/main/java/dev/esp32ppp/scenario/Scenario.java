package dev.esp32ppp.scenario;

import dev.esp32ppp.api.LabDefinition;
import dev.esp32ppp.api.NetworkStack;
import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.steps.Steps;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A scenario as its file declares it: the lab it needs and the steps it runs on it; and, with
 * {@code sideBySide}, another scenario run after it and shown beside it (the bug and its fix).
 */
public record Scenario(String name, String description, Path file, LabDefinition lab, Steps steps, Scenario sideBySide) {

    /** The same scenario and the one beside it, each lab changed by {@code change} from its own settings. */
    public Scenario withLabs(UnaryOperator<LabDefinition> change) {
        return new Scenario(name, description, file, change.apply(lab), steps,
                sideBySide == null ? null : sideBySide.withLabs(change));
    }

    /** The same scenario (and the one beside it) with the ESP32 on another network stack. */
    public Scenario onStack(Esp32Stack stack) {
        return withLabs(l -> l.toBuilder().withStack(NetworkStack.byId(stack.id())).build());
    }

    /** The same scenario (and the one beside it) with its Linux on another pppd. */
    public Scenario onPppd(PppdVersion pppd) {
        return withLabs(l -> l.toBuilder().withPppd(pppd.id()).build());
    }

    /** The same scenario (and the one beside it) with the Linux nodes' pppd on another kernel. */
    public Scenario onPppdKernel(PppdKernel kernel) {
        return withLabs(l -> l.toBuilder().withNativePppd(kernel == PppdKernel.NATIVE).build());
    }
}
