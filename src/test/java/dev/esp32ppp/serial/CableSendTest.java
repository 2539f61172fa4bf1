package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Octets a scenario puts on the cable from one of its ends reach the other end, whole, as the end's own bytes do. */
@Tag("unit")
class CableSendTest {
    private static final int BAUD = 115200;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final byte[] EMPTY_FRAME = {0x7e, 0x7d, 0x20, 0x7d, 0x20, 0x7e};

    private final EventLog log = new EventLog();
    private final MemoryLine saxonsoc = MemoryLine.quiet("saxonsoc", log);
    private final MemoryLine esp32 = MemoryLine.quiet("esp32", log);

    @Test
    void octetsFromEitherEndReachTheOtherWholeAndAfterTheEndsOwn() throws IOException {
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, log).start()) {
            saxonsoc.send(new byte[] {1, 2, 3});
            await("saxonsoc's own octets across").atMost(PATIENCE).until(() -> esp32.received() == 3);
            cable.send("saxonsoc", EMPTY_FRAME);
            cable.send("esp32", new byte[] {0x42});

            await("the sent octets across").atMost(PATIENCE).until(() -> esp32.received() == 9 && saxonsoc.received() == 1);
            assertThat(esp32.arrivals()).extracting(MemoryLine.Arrival::bytes)
                    .containsExactly(new byte[] {1, 2, 3}, EMPTY_FRAME);
            assertThat(saxonsoc.arrivals()).extracting(MemoryLine.Arrival::bytes).containsExactly(new byte[] {0x42});
        }
    }

    @Test
    void aPulledCableLosesThemAsItLosesTheEndsOwn() throws IOException {
        LineImpairments pulledAtOnce = new LineImpairments(Duration.ZERO, TimeWindows.NONE, 0,
                TimeWindows.NONE.with(new TimeWindows.Window(Duration.ZERO, Duration.ofHours(1))));
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, LineNoise.NONE, pulledAtOnce, log).start()) {
            await("the cable pulled out").atMost(PATIENCE).until(() -> !log.of("cable", EventKind.UNPLUGGED).isEmpty());
            cable.send("saxonsoc", EMPTY_FRAME);
        }
        await("the lanes closed").atMost(PATIENCE).until(() -> log.of("cable", EventKind.LINE_CLOSED).size() == 2);
        assertThat(esp32.arrivals()).isEmpty();
        assertThat(log.of("cable", EventKind.LINE_CLOSED)).anySatisfy(closed ->
                assertThat(closed.detail()).contains("6 bytes lost while unplugged"));
    }

    @Test
    void anEndTheCableDoesNotHaveIsRefused() throws IOException {
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, log).start()) {
            assertThatThrownBy(() -> cable.send("router", EMPTY_FRAME)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the cable saxonsoc <-> esp32 has no end router");
        }
    }
}
