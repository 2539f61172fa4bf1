package dev.esp32ppp.scenario;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A scenario as its file declares it: the lab (firmware, flash, init script, extra nodes, the
 * serial line), what to wait for, the recipes to apply, and the checks that make it pass or fail;
 * and, with {@code sideBySide}, another scenario run after it and shown beside it (the bug and its fix).
 */
public record Scenario(String name, String description, Path file, FirmwareProfile firmware, double timeScale,
                       Path flash, Path mainPy, Path s30ppp, boolean lanhost, List<Wait> waits, List<Recipe> recipes,
                       List<Check> checks, Sweep sweep, PassthruPlan passthru, int baud, LineNoise noise,
                       LineImpairments impairments, Scenario sideBySide) {

    /** The same scenario (and the one beside it) at another time scale on another firmware. */
    public Scenario with(double scale, FirmwareProfile profile) {
        return new Scenario(name, description, file, profile, scale, flash, mainPy, s30ppp, lanhost, waits, recipes,
                checks, sweep, passthru, baud, noise, impairments, sideBySide == null ? null : sideBySide.with(scale, profile));
    }

    /**
     * The passthru setup: a person at the pc types "import ppptun; p=ppptun.ppptun()" at the
     * REPL (SW1=ON), flips SW1 to OFF {@code flipAfter} later, closes the terminal and runs pppd.
     */
    public record PassthruPlan(Duration flipAfter) {
    }

    /**
     * A timing-window sweep: for each firmware, pppd is started at each offset from the ESP32's
     * connect(), given as a fraction of the firmware's window (negative: pppd first).
     */
    public record Sweep(List<FirmwareProfile> firmwares, List<Double> offsets) {
    }

    /** Waits until a node reports an event, e.g. esp32 socks-start. */
    public record Wait(String node, String event, Duration timeout) {
    }

    /** A user's file under fixtures/recipes: run as a shell script in the node, or installed at a path. */
    public record Recipe(String node, Path file, String installAt) {
    }

    /**
     * One check: a command run in a node (in the Linux guest for saxonsoc) whose output must
     * contain {@code expect} and whose exit code must be {@code expectExit}; or, with
     * {@code console}, a line the node printed; or, with {@code badFrames} above 0, at least
     * that many frames the node sent arrived with a bad FCS (the cable's sniffer counts them); or,
     * with {@code event}, the node reports that event within the timeout (or, with
     * {@code happens} false, it does not).
     */
    public record Check(String name, String node, String run, boolean console, int badFrames, String event,
                        boolean happens, String expect, int expectExit, Duration timeout) {
    }
}
