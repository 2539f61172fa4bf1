package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The board's own restarts, as v1.13's ESP32 port makes them: machine.deepsleep(ms) powers the
 * board off and boots it again with DEEPSLEEP_RESET (woken by the timer), machine.reset() with
 * HARD_RESET, a machine.WDT not fed in time with WDT_RESET; the EN button is a power-on. Each
 * boot runs main.py again, which reads machine.reset_cause() and makes the next restart; before
 * it the chip's ROM prints its own reset line on the console.
 */
@Tag("e2e")
class BoardRestartsTest {
    private static final Duration BOOTS = Duration.ofSeconds(90);

    @Test
    void eachRestartBootsTheBoardAgainWithItsCause() {
        BoardSetup board = BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)
                .withMain(ProjectHome.path().resolve("src/test/resources/esp32/main-reset-causes.py"));
        try (Lab lab = Lab.start(new LabConfig(Topologies.esp32Alone(board), 1, LabConfig.defaultRunsFolder()))) {
            lab.events().await("esp32", EventKind.LED, BOOTS);
            assertThat(restarts(lab)).containsExactly("board-up reset=poweron", "deep-sleep 500 ms",
                    "board-up reset=deepsleep", "reset machine.reset()", "board-up reset=sw",
                    "watchdog not fed for 1000 ms", "board-up reset=task_wdt", "led on");
            // a console line reaches the harness a moment after the event the board sent after it
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(printed(lab))
                    .filteredOn(line -> line.startsWith("reset_cause="))
                    .containsExactly("reset_cause=1 wake_reason=0", "reset_cause=4 wake_reason=4",
                            "reset_cause=2 wake_reason=0", "reset_cause=3 wake_reason=0"));
            assertThat(printed(lab)).anyMatch(line -> line.contains("task_wdt: Task watchdog got triggered"));
            // the chip's ROM tells a deep-sleep wake from a restart the firmware asked for, not their causes
            assertThat(printed(lab)).filteredOn(line -> line.startsWith("rst:")).containsExactly(
                    "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
                    "rst:0x5 (DEEPSLEEP_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
                    "rst:0xc (SW_CPU_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
                    "rst:0xc (SW_CPU_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)");

            Event firstBoot = lab.events().of("esp32", EventKind.BOARD_UP).getFirst();
            lab.node("esp32").exec("kill", "-USR1", "1");  // the EN button
            lab.events().await("a power-on after EN", e -> e.kind() == EventKind.BOARD_UP && e != firstBoot
                    && e.detail().endsWith("reset=poweron"), BOOTS);
            await().atMost(BOOTS).untilAsserted(() -> assertThat(printed(lab))
                    .filteredOn(line -> line.contains("reset_cause=1 ")).hasSize(2));  // after the REPL's >>>
            assertThat(printed(lab)).filteredOn(line -> line.startsWith("rst:")).last()
                    .isEqualTo("rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)");
        }
    }

    /** What the board printed on its console (UART0), without the lab's times. */
    private static List<String> printed(Lab lab) {
        return lab.node("esp32").consoleLines().stream().map(line -> line.replaceFirst("^ *[0-9.]+ ", "")).toList();
    }

    /** The board's boots and the restarts it asked for, in order: kind, then the detail's end. */
    private static List<String> restarts(Lab lab) {
        return lab.events().select(e -> e.node().equals("esp32") && List.of(EventKind.BOARD_UP, EventKind.DEEPSLEEP,
                EventKind.RESET, EventKind.WATCHDOG, EventKind.LED).contains(e.kind())).stream()
                .map(e -> e.kind().id() + " " + e.detail().replaceFirst("^firmware=\\S+ ", "")).toList();
    }
}
