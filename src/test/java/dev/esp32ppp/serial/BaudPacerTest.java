package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BaudPacerTest {
    /** A clock that only moves when the pacer sleeps, or when the test says so. */
    private long now;
    private long slept;

    private BaudPacer pacer(int baud) {
        return new BaudPacer(baud, () -> now, nanos -> {
            now += nanos;
            slept += nanos;
        });
    }

    @Test
    void oneSecondOfLineTimeCarriesBaudOverTenBytes() {
        BaudPacer pacer = pacer(230400);
        for (int i = 0; i < 23040 / 23; i++) {
            pacer.pace(23);
        }
        assertThat(slept).isBetween(999_000_000L, 1_001_000_000L);
    }

    @Test
    void aSleepThatOvershootsALittleDoesNotSlowABusyLine() {
        BaudPacer pacer = new BaudPacer(115200, () -> now, nanos -> now += nanos + 50_000);
        long start = now;
        for (int i = 0; i < 1000; i++) {
            pacer.pace(11);
        }
        double expected = 11_000 * 10 / 115200.0 * 1e9;
        assertThat((now - start) / expected).isBetween(0.99, 1.01);
    }

    @Test
    void anIdleLineSendsTheNextByteWithoutCatchingUp() {
        BaudPacer pacer = pacer(9600);
        pacer.pace(1);
        now += 5_000_000_000L;
        slept = 0;
        pacer.pace(1);
        assertThat(slept).isEqualTo(10_000_000_000L / 9600);
    }

    @Test
    void aBaudRateOfZeroIsRefused() {
        assertThatThrownBy(() -> pacer(0)).hasMessageContaining("baud rate must be positive");
    }
}
