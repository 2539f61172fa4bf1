package dev.esp32ppp.steps;

import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.ppp.RandomFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden file of pppd's log lines (fixtures/golden), as the field notes print them, held
 * against what a node's pppd logged. Lines must appear in the file's order; a line marked
 * {@code "~ "} may appear anywhere before the last ordered line (which of two requests crosses
 * the line first is timing). What is random is taken out of both sides first (magic numbers,
 * IPv6 interface identifiers, process ids: {@link RandomFields}); everything else, identifiers
 * of requests included, must be as written. Lines starting with {@code #} are comments.
 */
public record GoldenLog(Path file, List<String> lines) {
    private static final String ANYWHERE = "~ ";

    public static GoldenLog load(Path file) {
        try {
            return new GoldenLog(file, Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the golden file " + file, e);
        }
    }

    /** pppd's own lines in a node's console, each as {@link #pppdLine} gives it. */
    public static List<String> pppdLines(List<String> console) {
        List<String> log = new ArrayList<>();
        for (String line : console) {
            String pppd = pppdLine(line);
            if (pppd != null) {
                log.add(pppd);
            }
        }
        return log;
    }

    /** What pppd logged in a console line, syslog's {@code pppd[PID]: } prefix and random fields off; null for other lines. */
    public static String pppdLine(String consoleLine) {
        int at = consoleLine.indexOf("]: ");
        return consoleLine.contains("pppd[") && at > 0 ? RandomFields.masked(consoleLine.substring(at + 3)) : null;
    }

    /** Why pppd's log does not hold this file's lines, or null when it does. */
    public String mismatch(List<String> pppdLog) {
        int from = 0;
        int last = -1;
        for (String line : lines) {
            if (!line.startsWith(ANYWHERE)) {
                int found = pppdLog.subList(from, pppdLog.size()).indexOf(RandomFields.masked(line));
                if (found < 0) {
                    return "pppd did not log '" + RandomFields.masked(line) + "' after its line " + from + " (" + name() + ")";
                }
                from += found + 1;
                last = from - 1;
            }
        }
        for (String line : lines) {
            if (line.startsWith(ANYWHERE)) {
                String expected = RandomFields.masked(line.substring(ANYWHERE.length()));
                int found = pppdLog.indexOf(expected);
                if (found < 0 || found >= last) {
                    return "pppd did not log '" + expected + "' before its line " + last + " (" + name() + ")";
                }
            }
        }
        return null;
    }

    /** The lines of pppd's log that this file's lines match, in the log's order. */
    public List<String> matched(List<String> pppdLog) {
        List<String> wanted = lines.stream()
                .map(line -> RandomFields.masked(line.startsWith(ANYWHERE) ? line.substring(ANYWHERE.length()) : line)).toList();
        return pppdLog.stream().filter(wanted::contains).distinct().toList();
    }

    /** The file as the report and messages name it, relative to the project. */
    public String name() {
        return file.startsWith(ProjectHome.path()) ? ProjectHome.path().relativize(file).toString() : file.toString();
    }
}
