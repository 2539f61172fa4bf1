package dev.esp32ppp.bench;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The lab's bring-up, cold (the first lab of this process) and warm (the next): the autostart
 * lab at time scale 0.1 until PPP is up on both sides, timed on the lab's clock, with each node's
 * container start and its own boot milestone.
 */
public final class LabBringUp implements Benchmark {
    @Override
    public String name() {
        return "bringup";
    }

    @Override
    public void run(PrintStream out) {
        bringUp("cold (the first lab of this process)", out);
        bringUp("warm (the next lab)", out);
    }

    private static void bringUp(String which, PrintStream out) {
        long start = System.nanoTime();
        try (Lab lab = Esp32PppLab.autostart().build().startLab(LabConfig.defaultRunsFolder(), event -> { })) {
            double started = (System.nanoTime() - start) / 1e9;
            lab.events().await("esp32", EventKind.PPP_UP, Duration.ofSeconds(120));
            lab.events().await("saxonsoc", EventKind.PPP0_UP, Duration.ofSeconds(120));
            double connected = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "bring-up %s: Lab.start returned after %.1f s, PPP up on both sides "
                    + "after %.1f s (time scale 0.1: boot delay and main.py's wait are 5 s each)%n", which, started,
                    connected);
            for (String node : List.of("router", "internet", "esp32", "saxonsoc")) {
                Duration on = lab.events().of(node, EventKind.POWER_ON).get(0).at();
                Duration up = lab.events().of(node, EventKind.STARTED).get(0).at();
                EventKind milestone = switch (node) {
                    case "esp32" -> EventKind.MICROPYTHON_START;
                    case "saxonsoc" -> EventKind.KERNEL_UP;
                    case "router" -> EventKind.ROUTER_UP;
                    default -> EventKind.INTERNET_UP;
                };
                String ready = lab.events().of(node, milestone).stream().findFirst()
                        .map(e -> String.format(Locale.ROOT, ", %s after %.2f s", milestone,
                                e.at().minus(on).toNanos() / 1e9)).orElse("");
                out.printf(Locale.ROOT, "  %-9s container started in %.2f s%s%n", node,
                        up.minus(on).toNanos() / 1e9, ready);
            }
        }
    }
}
