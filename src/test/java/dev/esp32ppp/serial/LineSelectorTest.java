package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.EventLog;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The passthru's switch passes the levels on: its rate is the selected UART's. */
@Tag("unit")
class LineSelectorTest {
    private final EventLog log = new EventLog();

    @Test
    void theRateIsTheSelectedLinesAndUnknownBeforeAnyIsSelected() throws IOException {
        MemoryLine uart0 = MemoryLine.quiet("esp32.uart0", log);
        MemoryLine uart2 = MemoryLine.quiet("esp32.uart2", log).atBaud(230400);
        try (LineSelector sw1 = new LineSelector("esp32")) {
            assertThat(sw1.baud()).isZero();
            sw1.select(uart2);
            assertThat(sw1.baud()).isEqualTo(230400);
            sw1.select(uart0);
            assertThat(sw1.baud()).isZero();
            uart0.atBaud(115200);
            assertThat(sw1.baud()).isEqualTo(115200);
        }
    }
}
