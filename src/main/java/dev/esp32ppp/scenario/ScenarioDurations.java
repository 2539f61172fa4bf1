package dev.esp32ppp.scenario;

import dev.esp32ppp.lab.LabException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each scenario took in a recent run, in seconds (fixtures/scenarios/durations.tsv: a
 * name and its seconds a line, tab between, {@code #} comments), for sharding a run into equal
 * shares. A scenario the file lacks counts as the median of those it has.
 */
public final class ScenarioDurations {
    private final Map<String, Double> seconds;
    private final double median;

    ScenarioDurations(Map<String, Double> seconds) {
        this.seconds = Map.copyOf(seconds);
        List<Double> sorted = seconds.values().stream().sorted().toList();
        int n = sorted.size();
        this.median = n == 0 ? 1 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The project's file beside the scenarios. */
    public static Path file() {
        return ScenarioFile.folder().resolve("durations.tsv");
    }

    /** The durations {@code file} records; none (every scenario alike) when there is no such file. */
    public static ScenarioDurations read(Path file) {
        if (!Files.exists(file)) {
            return new ScenarioDurations(Map.of());
        }
        Map<String, Double> seconds = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            try {
                double value = Double.parseDouble(fields[fields.length - 1]);
                if (fields.length != 2 || !(value >= 0)) {
                    throw new NumberFormatException();
                }
                seconds.put(fields[0].strip(), value);
            } catch (NumberFormatException e) {
                throw new LabException(file + ":" + (i + 1) + ": not a scenario's name, a tab and its seconds: '"
                        + line + "'");
            }
        }
        return new ScenarioDurations(seconds);
    }

    /** The seconds {@code scenario} took, or the median when the file lacks it. */
    public double of(String scenario) {
        return seconds.getOrDefault(scenario, median);
    }
}
