package dev.esp32ppp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ProjectHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packages' layers: the lower ones (the events, the PPP core, the serial cable, the ESP32
 * model, the progress) never name a class of the lab, the steps, the scenarios, the report, the
 * commands or the public API, and the events need no other package of the project; the lab and
 * the steps (checks, recipes, the person at the pc) stand below the public API (api), and the
 * scenarios, the report, the commands and the JUnit extension above it: one way in to a lab for
 * a user's test, a scenario file and the command line alike. Only the extension names JUnit.
 */
@Tag("unit")
class LayersTest {
    private static final Path SOURCES = ProjectHome.path().resolve("src/main/java/dev/esp32ppp");
    private static final Set<String> LOWER = Set.of("events", "ppp", "serial", "esp32", "progress");
    private static final Set<String> UPPER = Set.of("lab", "steps", "scenario", "report", "cli", "api", "junit");
    private static final Set<String> BELOW_THE_API = Set.of("lab", "steps");
    private static final Set<String> ABOVE_THE_API = Set.of("scenario", "report", "cli", "junit");
    /** A class of the project named in full, in an import or in the code. */
    private static final Pattern USE = Pattern.compile("(?<!package )\\bdev\\.esp32ppp\\.(\\w+)\\.");

    @Test
    void noLowerPackageImportsAnUpperOne() throws IOException {
        assertThat(uses(LOWER)).isNotEmpty().noneMatch(use -> UPPER.contains(use.to()));
    }

    @Test
    void theEventsStandOnTheirOwn() throws IOException {
        assertThat(uses(Set.of("events"))).allMatch(use -> use.to().equals("events"));
    }

    @Test
    void theApiStandsAboveTheLabAndTheStepsAndBelowTheScenariosTheCommandsAndTheExtension() throws IOException {
        assertThat(uses(BELOW_THE_API)).isNotEmpty().noneMatch(use -> use.to().equals("api")
                || ABOVE_THE_API.contains(use.to()));
        assertThat(uses(Set.of("api"))).isNotEmpty().noneMatch(use -> ABOVE_THE_API.contains(use.to()));
    }

    @Test
    void labsStartOnlyThroughTheApi() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> Set.of("scenario", "cli", "junit", "report").contains(
                            SOURCES.relativize(f).getName(0).toString()))
                    .filter(f -> read(f).contains("Lab.start(")))
                    .as("the scenario runner, the commands and the extension start labs with LabDefinition").isEmpty();
        }
    }

    @Test
    void onlyTheExtensionNamesJunit() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !SOURCES.relativize(f).startsWith("junit")).filter(f -> read(f).contains("org.junit")))
                    .isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A class's use of a package. */
    private record Use(Path from, String to) {
    }

    private static List<Use> uses(Set<String> packages) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (String name : packages) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(name))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = USE.matcher(Files.readString(file));
                    while (m.find()) {
                        uses.add(new Use(SOURCES.relativize(file), m.group(1)));
                    }
                }
            }
        }
        return uses;
    }
}
