package dev.esp32ppp.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file run from Java is checked before any container starts, as ./harness run checks it. */
@Tag("unit")
class ScenariosTest {
    @TempDir
    Path folder;

    @Test
    void aFileWithAMistakeFailsNamingItsLine() throws IOException {
        Path file = Files.writeString(folder.resolve("mine.yaml"), """
                name: mine
                description: a topology the harness does not have
                topology: star
                checks:
                  - {name: up, on: esp32, event: ppp-up}
                """);

        assertThatThrownBy(() -> Scenarios.run(file, folder.resolve("runs")))
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("star");
    }
}
