package dev.esp32ppp.steps;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * What a scenario runs on its lab, in this order: the person at the pc (the passthru setup), the
 * waits, the recipes and the checks. A timing-window sweep instead runs a fresh lab for each of
 * its points.
 *
 * @param person the passthru person's plan; null where the lab has no passthru cable
 * @param sweep null unless the scenario is a sweep
 */
public record Steps(PassthruPlan person, List<Wait> waits, List<Recipe> recipes, List<Check> checks, Sweep sweep) {
    public Steps {
        waits = List.copyOf(waits);
        recipes = List.copyOf(recipes);
        checks = List.copyOf(checks);
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

    /**
     * A user's file under fixtures/recipes, run as a shell script in the node or installed at a
     * path; or, with {@code send}, octets the node's UART puts on its cable beside what its
     * programs send (the harness writes them: a tty that pppd holds takes no writes).
     *
     * @param file null for octets to send
     * @param send null for a file
     */
    public record Recipe(String node, Path file, String installAt, byte[] send) {
        /** What the recipe is, as its event and its failure name it: the file's name, or {@code send 7e 7d 20}. */
        public String what() {
            return file != null ? file.getFileName().toString() : "send " + HexFormat.ofDelimiter(" ").formatHex(send);
        }
    }

    /**
     * One check: a command run in a node (in the Linux guest for saxonsoc) whose output must
     * contain {@code expect} and whose exit code must be {@code expectExit}; or, with
     * {@code console}, a line the node printed; or, with {@code badFrames} above 0, at least
     * that many frames the node sent arrived with a bad FCS (the cable's sniffer counts them); or,
     * with {@code event}, the node reports that event within the timeout (or, with
     * {@code happens} false, it does not); or, with {@code frame}, the node sent a frame whose
     * line in the transcript holds that text, e.g. {@code IPIP} (or, with {@code happens} false,
     * it sent none); or, with {@code golden}, the node's pppd logged that file's lines in order
     * within the timeout. Events and frames count from the last recipe on.
     */
    public record Check(String name, String node, String run, boolean console, int badFrames, String event,
                        String frame, boolean happens, GoldenLog golden, String expect, int expectExit,
                        Duration timeout) {
    }
}
