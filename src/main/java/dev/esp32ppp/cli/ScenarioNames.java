package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.scenario.Scenario;
import dev.esp32ppp.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's scenarios by name, loaded and checked before anything starts. */
final class ScenarioNames {
    private ScenarioNames() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(ScenarioFile.folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new LabException("cannot list the scenarios in " + ScenarioFile.folder() + ": " + e.getMessage());
        }
    }

    /** @param names scenario names or paths of scenario files; none means all of the project's */
    static List<Scenario> load(List<String> names) {
        List<Path> files = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            files.addAll(all());
        } else {
            for (String name : names) {
                Path file = name.endsWith(".yaml") ? Path.of(name) : ScenarioFile.folder().resolve(name + ".yaml");
                if (!Files.isRegularFile(file)) {
                    throw new LabException("unknown scenario '" + name + "'; known: " + String.join(", ",
                            all().stream().map(f -> f.getFileName().toString().replace(".yaml", "")).toList())
                            + " (or give a path to a .yaml file)");
                }
                files.add(file);
            }
        }
        return files.stream().map(ScenarioFile::load).toList();
    }
}
