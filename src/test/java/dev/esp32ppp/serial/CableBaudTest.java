package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two ends at different baud rates read each other's octets as garbage, and the cable says so once. */
@Tag("unit")
class CableBaudTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final byte[] FRAME = {0x7e, (byte) 0xff, 0x7d, 0x23, (byte) 0xc0, 0x21, 0x01, 0x01, 0x7e};

    private final EventLog log = new EventLog();

    @Test
    void atDifferentRatesEachReadsTheOthersOctetsAsGarbage() throws IOException {
        MemoryLine saxonsoc = MemoryLine.quiet("saxonsoc", log).atBaud(230400);
        MemoryLine esp32 = MemoryLine.quiet("esp32", log).atBaud(115200);
        try (Cable cable = new Cable(saxonsoc, esp32, 230400, log).start()) {
            saxonsoc.send(FRAME);
            esp32.send(FRAME);
            saxonsoc.send(FRAME);
            await("octets both ways").atMost(PATIENCE).until(() -> esp32.arrivals().size() == 2
                    && saxonsoc.arrivals().size() == 1);
        }
        assertThat(esp32.arrivals()).extracting(MemoryLine.Arrival::bytes)
                .containsOnly(UartSampling.receive(FRAME, 0, FRAME.length, 230400, 115200))
                .noneMatch(read -> java.util.Arrays.equals(read, FRAME));
        assertThat(saxonsoc.arrivals().getFirst().bytes()).isNotEqualTo(FRAME)
                .isEqualTo(UartSampling.receive(FRAME, 0, FRAME.length, 115200, 230400));
        assertThat(log.of("cable", EventKind.BAUD_MISMATCH)).extracting(e -> e.detail()).containsExactlyInAnyOrder(
                "saxonsoc sends at 230400 baud, esp32 reads at 115200: it reads garbage",
                "esp32 sends at 115200 baud, saxonsoc reads at 230400: it reads garbage");
    }

    @Test
    void eachEndsOctetsCrossAtItsOwnRateNotTheLines() throws IOException {
        MemoryLine saxonsoc = MemoryLine.quiet("saxonsoc", log).atBaud(4800);
        MemoryLine esp32 = MemoryLine.quiet("esp32", log).atBaud(4800);
        byte[] octets = new byte[240];
        try (Cable cable = new Cable(saxonsoc, esp32, 115200, log).start()) {
            saxonsoc.send(octets);
            await("240 octets across").atMost(PATIENCE).until(() -> esp32.received() == octets.length);
        }
        Duration spread = esp32.arrivals().getLast().at().minus(esp32.arrivals().getFirst().at());
        // 239 octet times at 4800 baud are 0.498 s; at the line's 115200 they would be 21 ms
        assertThat(spread).isGreaterThan(Duration.ofMillis(450));
    }

    @Test
    void anEndWhoseRateIsUnknownReadsWhatWasSent() throws IOException {
        MemoryLine saxonsoc = MemoryLine.quiet("saxonsoc", log).atBaud(230400);
        MemoryLine esp32 = MemoryLine.quiet("esp32", log);
        try (Cable cable = new Cable(saxonsoc, esp32, 230400, log).start()) {
            saxonsoc.send(FRAME);
            await("the frame across").atMost(PATIENCE).until(() -> esp32.received() == FRAME.length);
        }
        assertThat(esp32.arrivals().getFirst().bytes()).isEqualTo(FRAME);
        assertThat(log.of("cable", EventKind.BAUD_MISMATCH)).isEmpty();
    }
}
