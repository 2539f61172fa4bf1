package dev.esp32ppp.bench;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.Topologies;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The accuracy of the ESP32's window against its profile: for each firmware, the ESP32 alone
 * calls connect() with nobody answering, timed until it gives up.
 */
public final class WindowAccuracy implements Benchmark {
    private final List<FirmwareProfile> profiles;

    public WindowAccuracy(List<FirmwareProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    @Override
    public String name() {
        return "window";
    }

    @Override
    public void run(PrintStream out) {
        profiles.forEach(profile -> window(profile, out));
    }

    private static void window(FirmwareProfile profile, PrintStream out) {
        try (Lab lab = Lab.start(new LabConfig(Topologies.esp32Alone(BoardSetup.of(profile)), 1,
                LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            Duration gaveUp = lab.events().await("esp32", EventKind.PPP_GAVE_UP,
                    Duration.ofMillis(profile.windowMillis() * 2L + 10_000)).at();
            Duration measured = gaveUp.minus(lab.events().of("esp32", EventKind.PPP_CONNECT).get(0).at());
            out.printf(Locale.ROOT, "window %s: gave up %.3f s after connect(), profile %.1f s, ratio %.4f%n",
                    profile.id(), measured.toNanos() / 1e9, profile.windowMillis() / 1000.0,
                    measured.toNanos() / 1e6 / profile.windowMillis());
        }
    }
}
