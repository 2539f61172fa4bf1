package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What {@link ResendSchedule} lets through: observer delays; and what it does not: a wrong timer. */
@Tag("unit")
class ResendScheduleTest {
    private static final Duration RESTART = Duration.ofSeconds(1);

    @Test
    void aScheduleWithOneFrameSeenLateStillPasses() {
        List<Long> millis = new ArrayList<>(onTimer(10, 1000));
        millis.set(2, millis.get(2) + 620);  // as a CI run saw it
        assertThatCode(() -> ResendSchedule.assertRestartInterval(sent(millis), RESTART)).doesNotThrowAnyException();
    }

    @Test
    void aTimerTenPerCentSlowFails() {
        assertThatThrownBy(() -> ResendSchedule.assertRestartInterval(sent(onTimer(10, 1100)), RESTART))
                .hasMessageContaining("median interval");
    }

    @Test
    void aMissedRequestFails() {
        List<Long> millis = new ArrayList<>(onTimer(11, 1000));
        millis.remove(5);
        assertThatThrownBy(() -> ResendSchedule.assertRestartInterval(sent(millis), RESTART))
                .hasMessageContaining("each interval");
    }

    @Test
    void twoRequestsAtOnceFail() {
        List<Long> millis = new ArrayList<>(onTimer(10, 1000));
        millis.set(5, millis.get(4) + 100);
        assertThatThrownBy(() -> ResendSchedule.assertRestartInterval(sent(millis), RESTART))
                .hasMessageContaining("each interval");
    }

    private static List<Long> onTimer(int count, long interval) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            millis.add(500 + i * interval);
        }
        return millis;
    }

    private static List<Event> sent(List<Long> millis) {
        return millis.stream().map(ms -> Event.of(Duration.ofMillis(ms), "esp32", EventKind.FRAME_SENT, "[LCP ConfReq]"))
                .toList();
    }
}
