package dev.esp32ppp.bench;

import dev.esp32ppp.esp32.Esp32Stack;
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
 * The accuracy of the ESP32's window against its profile: for each firmware and each ESP32
 * stack, the ESP32 alone calls connect() with nobody answering, timed until it gives up; with
 * both stacks, lwIP's time over the model's.
 */
public final class WindowAccuracy implements Benchmark {
    private final List<FirmwareProfile> profiles;
    private final List<Esp32Stack> stacks;

    public WindowAccuracy(List<FirmwareProfile> profiles, List<Esp32Stack> stacks) {
        this.profiles = List.copyOf(profiles);
        this.stacks = List.copyOf(stacks);
    }

    @Override
    public String name() {
        return "window";
    }

    @Override
    public void run(PrintStream out) {
        for (FirmwareProfile profile : profiles) {
            StackComparison comparison = new StackComparison();
            for (Esp32Stack stack : stacks) {
                Duration measured = timeToGiveUp(profile, stack);
                out.println(line(profile, stack, measured));
                comparison.add(stack, measured.toNanos());
            }
            comparison.ratioLine("window " + profile.id(), "give-up time").ifPresent(out::println);
        }
    }

    /** The figure's line: the time to give up against the profile's window. */
    static String line(FirmwareProfile profile, Esp32Stack stack, Duration measured) {
        return String.format(Locale.ROOT, "window %s, %s stack: gave up %.3f s after connect(), profile %.1f s, "
                + "ratio %.4f", profile.id(), stack.id(), measured.toNanos() / 1e9, profile.windowMillis() / 1000.0,
                measured.toNanos() / 1e6 / profile.windowMillis());
    }

    private static Duration timeToGiveUp(FirmwareProfile profile, Esp32Stack stack) {
        try (Lab lab = Lab.start(new LabConfig(Topologies.esp32Alone(BoardSetup.of(profile).withStack(stack)), 1,
                LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            Duration gaveUp = lab.events().await("esp32", EventKind.PPP_GAVE_UP,
                    Duration.ofMillis(profile.windowMillis() * 2L + 10_000)).at();
            return gaveUp.minus(lab.events().of("esp32", EventKind.PPP_CONNECT).get(0).at());
        }
    }
}
