package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TimeWindowsTest {
    private static Duration s(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static TimeWindows.Window window(double start, double length) {
        return new TimeWindows.Window(s(start), s(start + length));
    }

    @Test
    void aWindowIsOpenFromItsStartUpToItsEnd() {
        TimeWindows windows = TimeWindows.NONE.with(window(10, 5)).with(window(2, 1));

        assertThat(windows.at(s(1.999))).isNull();
        assertThat(windows.at(s(2))).isEqualTo(window(2, 1));
        assertThat(windows.at(s(3))).isNull();
        assertThat(windows.at(s(14.999))).isEqualTo(window(10, 5));
        assertThat(windows.at(s(15))).isNull();
        assertThat(windows.nextChange(s(0))).isEqualTo(s(2));
        assertThat(windows.nextChange(s(2))).isEqualTo(s(3));
        assertThat(windows.nextChange(s(3))).isEqualTo(s(10));
        assertThat(windows.nextChange(s(15))).isNull();
    }

    @Test
    void aRepeatOpensEveryPeriodFromItsStartUntilItsEnd() {
        TimeWindows flap = TimeWindows.repeating(new TimeWindows.Repeat(s(4), s(10), s(2), s(30)));

        assertThat(flap.next(s(0))).isEqualTo(window(4, 2));
        assertThat(flap.at(s(5))).isEqualTo(window(4, 2));
        assertThat(flap.at(s(6))).isNull();
        assertThat(flap.next(s(6))).isEqualTo(window(14, 2));
        assertThat(flap.at(s(25.5))).isEqualTo(window(24, 2));
        assertThat(flap.next(s(26))).as("none starts at or after until").isNull();
    }

    @Test
    void windowsGivenOneByOneAndARepeatMix() {
        TimeWindows windows = TimeWindows.repeating(new TimeWindows.Repeat(s(0), s(10), s(1), TimeWindows.FOREVER))
                .with(window(5, 2));

        assertThat(windows.next(s(1))).isEqualTo(window(5, 2));
        assertThat(windows.next(s(7))).isEqualTo(window(10, 1));
        assertThat(windows.at(s(1_000_000.5))).isEqualTo(window(1_000_000, 1));
    }

    @Test
    void overlapsAreRefused() {
        TimeWindows windows = TimeWindows.NONE.with(window(10, 5));
        assertThatThrownBy(() -> windows.with(window(14, 3)))
                .hasMessage("the window at 14 s for 3 s overlaps the one at 10 s for 5 s");
        assertThatThrownBy(() -> windows.with(window(8, 2.5))).hasMessageContaining("overlaps the one at 10 s");
        assertThat(windows.with(window(15, 1)).next(s(15))).as("touching is not overlapping").isEqualTo(window(15, 1));

        TimeWindows flap = TimeWindows.repeating(new TimeWindows.Repeat(s(0), s(10), s(1), s(100)));
        assertThatThrownBy(() -> flap.with(window(40.5, 1))).hasMessageContaining("overlaps the one at 40 s for 1 s");
    }

    @Test
    void impossibleWindowsAndRepeatsAreRefused() {
        assertThatThrownBy(() -> window(-1, 2)).hasMessageContaining("starts at 0 s or later");
        assertThatThrownBy(() -> window(1, 0)).hasMessageContaining("lasts more than 0 s");
        assertThatThrownBy(() -> new TimeWindows.Repeat(s(0), s(1), s(1), TimeWindows.FOREVER))
                .hasMessage("each window (1 s) must be shorter than the period (1 s)");
    }
}
