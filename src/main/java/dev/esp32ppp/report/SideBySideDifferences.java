package dev.esp32ppp.report;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.lab.LabRecord;
import dev.esp32ppp.ppp.RandomFields;
import dev.esp32ppp.steps.GoldenLog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one of two labs drawn side by side has that the other has not: frames on the cable and
 * lines of pppd's own log, each compared by sender (or node) and text with what is random on
 * every run taken out ({@link RandomFields}). Times, repeats and order do not count; so two
 * runs of the same thing differ in nothing, and two pppd versions in what they say differently.
 */
final class SideBySideDifferences {
    private final Set<String> mine;
    private final Set<String> theirs;

    private SideBySideDifferences(LabRecord lab, LabRecord other) {
        this.mine = comparable(lab);
        this.theirs = comparable(other);
    }

    /** What {@code lab} has and {@code other} has not. */
    static SideBySideDifferences of(LabRecord lab, LabRecord other) {
        return new SideBySideDifferences(lab, other);
    }

    boolean frameDiffers(Event frame) {
        return !theirs.contains(frameKey(frame));
    }

    boolean consoleLineDiffers(String node, String line) {
        String key = pppdKey(node, line);
        return key != null && !theirs.contains(key);
    }

    /** The lines only this lab has, each once: its frames first, then pppd's log lines, each in the order they came. */
    List<String> onlyHere() {
        return mine.stream().filter(line -> !theirs.contains(line)).toList();
    }

    private static Set<String> comparable(LabRecord lab) {
        Set<String> lines = new LinkedHashSet<>();
        lab.events().stream().filter(Event::isFrame).map(SideBySideDifferences::frameKey).forEach(lines::add);
        lab.consoles().forEach((node, console) -> console.stream().map(line -> pppdKey(node, line))
                .filter(key -> key != null).forEach(lines::add));
        return lines;
    }

    private static String frameKey(Event frame) {
        return frame.node() + " sent " + RandomFields.masked(frame.detail());
    }

    /** {@code saxonsoc pppd: rcvd [...]} for a line of pppd's log; null for other lines. */
    private static String pppdKey(String node, String line) {
        String pppd = GoldenLog.pppdLine(line);
        return pppd == null ? null : node + " pppd: " + pppd;
    }
}
