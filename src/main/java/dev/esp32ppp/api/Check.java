package dev.esp32ppp.api;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.steps.GoldenLog;
import dev.esp32ppp.steps.Steps;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One of a scenario file's checks, said in Java and run by {@link Esp32PppLab#check} or
 * {@link Esp32PppLab#verify}: a command's output and exit code, a line a node printed, an event
 * or a frame since the last recipe, frames with a bad FCS, or pppd's log against a golden file.
 * {@code Check.command("page through SOCKS", "saxonsoc", "curl -s --socks5 10.0.5.1:1080
 * http://198.18.0.80/").expecting("Hello").within(Duration.ofSeconds(60))}. Each refinement
 * changes this check and returns it.
 */
public final class Check {
    private final String name;
    private final String node;
    private String run;
    private boolean console;
    private int badFrames;
    private String event;
    private String frame;
    private boolean happens = true;
    private GoldenLog golden;
    private String expect = "";
    private int expectExit;
    private Duration timeout = Duration.ofSeconds(30);

    private Check(String name, String node) {
        this.name = name;
        this.node = node;
    }

    /** A command line run on the node (in the Linux guest of saxonsoc); exit code 0 unless {@link #exitCode} says. */
    public static Check command(String name, String node, String commandLine) {
        Check check = new Check(name, node);
        check.run = commandLine;
        return check;
    }

    /** The node prints a line holding {@code text} on its console within the timeout. */
    public static Check consoleLine(String name, String node, String text) {
        Check check = new Check(name, node);
        check.console = true;
        check.expect = text;
        return check;
    }

    /**
     * The node reports the event (e.g. {@code ppp-down}) since the last recipe, within the timeout.
     *
     * @throws IllegalArgumentException for an event kind the harness does not know
     */
    public static Check event(String name, String node, String kind) {
        Check check = new Check(name, node);
        check.event = EventKind.byId(kind).id();
        return check;
    }

    /** The node sends a frame whose transcript line holds {@code text} (e.g. {@code IPIP}) since the last recipe. */
    public static Check frame(String name, String node, String text) {
        Check check = new Check(name, node);
        check.frame = text;
        return check;
    }

    /** At least {@code count} frames the node sent arrived with a bad FCS. */
    public static Check badFrames(String name, String node, int count) {
        Check check = new Check(name, node);
        check.badFrames = Math.max(1, count);
        return check;
    }

    /** The node's pppd logged the file's lines in order (magic numbers and interface ids aside). */
    public static Check goldenLog(String name, String node, Path file) {
        Check check = new Check(name, node);
        check.golden = GoldenLog.load(file.toAbsolutePath());
        return check;
    }

    /** A command's output must hold this text. */
    public Check expecting(String text) {
        expect = text;
        return this;
    }

    /** A command must exit with this code, e.g. 28 for curl's timeout. */
    public Check exitCode(int code) {
        expectExit = code;
        return this;
    }

    /** How long the check may take (30 s unless set). */
    public Check within(Duration value) {
        timeout = value;
        return this;
    }

    /** An event or frame check passes when the node does not report it within the timeout. */
    public Check notHappening() {
        happens = false;
        return this;
    }

    /** The check's name. */
    public String name() {
        return name;
    }

    Steps.Check step() {
        return new Steps.Check(name, node, run, console, badFrames, event, frame, happens, golden, expect, expectExit,
                timeout);
    }
}
