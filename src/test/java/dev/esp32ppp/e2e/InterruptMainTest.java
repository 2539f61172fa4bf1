package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.lab.ProjectHome;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A main.py that never returns, interrupted as tools do it on a real board (Ctrl-C on UART0, as
 * the harness's REPL and mpremote, ampy or rshell send it): KeyboardInterrupt stops main.py, the
 * board goes on to the REPL, and the REPL runs code.
 */
@Tag("e2e")
class InterruptMainTest {
    @Test
    void ctrlCStopsAMainPyThatLoopsForeverAndTheReplAnswers() {
        try (Esp32PppLab lab = Esp32PppLab.autostart()
                .withMainPy(ProjectHome.path().resolve("src/test/resources/esp32/main-forever.py")).start()) {
            lab.esp32().awaitConsole("looping", Duration.ofSeconds(120));
            assertThat(lab.events().of("esp32", "main-done")).as("main.py still runs").isEmpty();

            assertThat(lab.esp32().repl().enter("6 * 7")).contains("42");

            // the event comes by the container's log, a moment after the REPL's answer on UART0
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lab.events().of("esp32", "main-done"))
                    .as("main.py ended, interrupted").hasSize(1));
        }
    }
}
