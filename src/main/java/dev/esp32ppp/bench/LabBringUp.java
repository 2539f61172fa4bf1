package dev.esp32ppp.bench;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.Topologies;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;

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
        try (Lab lab = Lab.start(new LabConfig(Topologies.autostart(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)), 0.1,
                LabConfig.defaultRunsFolder()))) {
            double started = (System.nanoTime() - start) / 1e9;
            Awaitility.await("PPP up on both sides").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !lab.events().of("esp32", "ppp-up").isEmpty()
                            && !lab.events().of("saxonsoc", "ppp0-up").isEmpty());
            double connected = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "bring-up %s: Lab.start returned after %.1f s, PPP up on both sides "
                    + "after %.1f s (time scale 0.1: boot delay and main.py's wait are 5 s each)%n", which, started,
                    connected);
            for (String node : List.of("router", "internet", "esp32", "saxonsoc")) {
                Duration on = lab.events().of(node, "power-on").get(0).at();
                Duration up = lab.events().of(node, "started").get(0).at();
                String milestone = node.equals("esp32") ? "micropython-start" : node.equals("saxonsoc") ? "kernel-up"
                        : node + "-up";
                String ready = lab.events().of(node, milestone).stream().findFirst()
                        .map(e -> String.format(Locale.ROOT, ", %s after %.2f s", milestone,
                                e.at().minus(on).toNanos() / 1e9)).orElse("");
                out.printf(Locale.ROOT, "  %-9s container started in %.2f s%s%n", node,
                        up.minus(on).toNanos() / 1e9, ready);
            }
        }
    }
}
