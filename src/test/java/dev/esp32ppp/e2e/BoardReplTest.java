package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.LabEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The public API's REPL on the ESP32's UART0 ({@code lab.esp32().repl()}), as a tool on a real
 * board's /dev/ttyUSB0 has it: code runs on the board and prints its answer, a line at the
 * prompt too, with the flash as the root of its files; once the lab closes, its pseudo-terminal
 * and socket are gone with it.
 */
@Tag("e2e")
class BoardReplTest {
    @Test
    void theReplRunsCodeOnTheBoardAndLeavesNothingBehind() throws IOException {
        Path runFolder;
        try (Esp32PppLab lab = Esp32PppLab.autostart().start()) {
            lab.events().await("esp32", "main-done", Duration.ofSeconds(120));
            assertThat(lab.esp32().repl("import sys\nprint(sys.platform, 6 * 7)")).contains("esp32 42");
            assertThat(lab.esp32().repl().enter("1 + 1")).contains("2");
            assertThat(lab.esp32().repl("import os, sys\nprint(os.getcwd(), 'main.py' in os.listdir('/'), "
                    + "'etc' in os.listdir('/'), open('/boot.py').read() == open('boot.py').read(), sys.path[:2])"))
                    .as("the flash is the root, as on the ESP32").contains("/ True False True ['', '/lib']");

            // Ctrl-D at an empty prompt: the board's soft reset runs boot.py and main.py again
            assertThat(lab.esp32().repl().softReset(Duration.ofSeconds(120))).startsWith("MPY: soft reboot")
                    .contains("Started webrepl in normal mode").endsWith(">>> ");
            assertThat(lab.events().of("esp32", "run")).extracting(LabEvent::detail)
                    .containsExactly("boot.py", "main.py", "boot.py", "main.py");
            runFolder = lab.runFolder();
        }
        try (Stream<Path> files = Files.list(runFolder)) {
            assertThat(files.toList()).as("the run folder keeps only the run's files").isNotEmpty()
                    .allMatch(Files::isRegularFile);
        }
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> repls = tmp.filter(p -> p.getFileName().toString().startsWith("esp32ppp-repl-")).toList();
            assertThat(repls).as("no folder of the REPL's is left").isEmpty();
        }
    }
}
