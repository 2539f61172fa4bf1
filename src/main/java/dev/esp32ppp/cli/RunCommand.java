package dev.esp32ppp.cli;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Boots the lab and runs its checks: the ESP32 model connects (as the autostart's ppptun does)
 * and the SaxonSoc Linux, once booted, gets its ppp0 link from its real pppd.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Boot the lab, run the scenarios, print where the run's transcript and logs are.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--time-scale", defaultValue = "0.1",
            description = "factor for the long waits (boot 50 s, autostart delays); default ${DEFAULT-VALUE}")
    double timeScale;

    @Option(names = "--full-time", description = "the field timings (time scale 1)")
    boolean fullTime;

    @Option(names = "--profile", defaultValue = "idf3-official", converter = ProfileConverter.class,
            description = "ESP32 firmware: idf3-official, pnr5-ipforward or lwip-source (default ${DEFAULT-VALUE})")
    FirmwareProfile firmware;

    /** Turns a profile id into the profile; an unknown id is a usage error naming the known ones. */
    static final class ProfileConverter implements CommandLine.ITypeConverter<FirmwareProfile> {
        @Override
        public FirmwareProfile convert(String id) {
            try {
                return FirmwareProfile.byId(id);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        double scale = fullTime ? 1.0 : timeScale;
        try (Lab lab = Lab.start(Topologies.linuxWithEsp32(firmware, scale, LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            System.out.println("lab " + lab.id() + " up; ESP32 (" + firmware.id() + ") connecting; "
                    + "waiting for the SaxonSoc Linux to boot and start pppd");
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
