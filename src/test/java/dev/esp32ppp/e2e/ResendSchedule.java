package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.events.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges the times a PPP peer sent its unanswered Configure-Requests against its restart timer.
 *
 * <p>A frame is timed where the harness sees it, after the sender's process, its console and the
 * cable's thread have had the CPU: on a busy machine one frame comes late (pppd's first one
 * 0.24 s, an ESP32's ConfReq 0.12 s and once 0.62 s in CI runs with four labs at once), which
 * stretches the interval before it and shortens the one after. So each interval is judged only
 * for what lateness cannot make of it: a burst (two requests at once) or the gap of a request
 * missed; the timer itself is judged closely by the middle interval and by the time from the
 * first request to the last, which one late frame hardly moves.
 */
final class ResendSchedule {
    private ResendSchedule() {}

    static void assertRestartInterval(List<Event> sent, Duration restart) {
        List<Double> intervals = new ArrayList<>();
        for (int i = 1; i < sent.size(); i++) {
            intervals.add(ratio(sent.get(i).at().minus(sent.get(i - 1).at()), restart));
        }
        assertThat(intervals).as("each interval over the restart interval")
                .allSatisfy(r -> assertThat(r).isBetween(0.25, 1.9));
        List<Double> sorted = intervals.stream().sorted().toList();
        assertThat(sorted.get(sorted.size() / 2)).as("the median interval over the restart interval")
                .isBetween(0.95, 1.05);
        double overall = ratio(sent.getLast().at().minus(sent.getFirst().at()),
                restart.multipliedBy(sent.size() - 1));
        assertThat(overall).as("first to last request over " + (sent.size() - 1) + " restart intervals")
                .isBetween(0.97, 1.05);
    }

    static double ratio(Duration measured, Duration expected) {
        return (double) measured.toNanos() / expected.toNanos();
    }
}
