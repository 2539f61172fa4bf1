package dev.esp32ppp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lines ./harness bench prints for each stack and the ratio lwIP/model beside them. */
@Tag("unit")
class StackComparisonTest {
    @Test
    void withBothStacksTheRatioIsLwipsOverTheModelsWhicheverRanFirst() {
        StackComparison comparison = new StackComparison();
        comparison.add(Esp32Stack.LWIP, 9950);
        comparison.add(Esp32Stack.MODEL, 10000);

        assertThat(comparison.ratioLine("link: 115200 baud", "goodput"))
                .hasValue("link: 115200 baud, lwip/model goodput 0.9950");
    }

    @Test
    void oneStackAloneHasNoRatio() {
        StackComparison comparison = new StackComparison();
        comparison.add(Esp32Stack.LWIP, 9950);

        assertThat(comparison.ratioLine("link: 115200 baud", "goodput")).isEmpty();
    }

    @Test
    void aGoodputLineNamesItsStackBesideTheLineLimitAndTheBestPossible() {
        assertThat(LinkGoodput.line(115200, 256, Esp32Stack.LWIP, 11253))
                .isEqualTo("link: 115200 baud, 256 KiB esp32->saxonsoc over TCP, lwip stack: 11253 B/s goodput, "
                        + "line limit 11520 B/s (97.7%), best possible after framing 11368 B/s (99.0%)");
    }

    @Test
    void aWindowLineNamesItsStackBesideTheProfilesWindow() {
        assertThat(WindowAccuracy.line(FirmwareProfile.PNR5_IPFORWARD, Esp32Stack.MODEL, Duration.ofMillis(15_011)))
                .isEqualTo("window pnr5-ipforward, model stack: gave up 15.011 s after connect(), profile 15.0 s, "
                        + "ratio 1.0007");
    }
}
