package dev.esp32ppp.cli;

import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Boots the lab and runs its checks. Until the ESP32 model lands, the ESP32's side of the PPP
 * link is a second real pppd, and the check is that the SaxonSoc Linux gets its ppp0 link.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Boot the lab, run the scenarios, print where the run's transcript and logs are.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--time-scale", defaultValue = "0.1",
            description = "factor for the long waits (boot 50 s, autostart delays); default ${DEFAULT-VALUE}")
    double timeScale;

    @Option(names = "--full-time", description = "the field timings (time scale 1)")
    boolean fullTime;

    @Override
    public Integer call() {
        double scale = fullTime ? 1.0 : timeScale;
        try (Lab lab = Lab.start(Topologies.linuxWithPppdPeer(scale, LabConfig.defaultRunsFolder()))) {
            System.out.println("lab " + lab.id() + " up; waiting for the SaxonSoc Linux to boot and start pppd");
            Duration budget = Duration.ofSeconds((long) (60 * scale) + 60);
            boolean passed;
            try {
                String ifconfig = new LinuxGuest(lab.node("saxonsoc")).awaitPpp0(LabAddresses.LINUX_PPP, budget);
                System.out.println("PASS ppp0 up on saxonsoc:\n" + ifconfig.strip());
                passed = true;
            } catch (LabException e) {
                System.out.println("FAIL " + e.getMessage());
                passed = false;
            } finally {
                System.out.println("run files (events, PPP transcript, consoles): " + lab.runFolder());
            }
            return passed ? 0 : 1;
        }
    }
}
