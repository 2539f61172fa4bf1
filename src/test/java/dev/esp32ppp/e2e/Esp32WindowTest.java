package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * pppd starts after the ESP32's window has closed (the Linux boots 15 s, the official firmware
 * waits 10 s): the ESP32 has given up at its profile's time and the link never comes up.
 */
@Tag("e2e")
class Esp32WindowTest {
    private static final FirmwareProfile PROFILE = FirmwareProfile.IDF3_OFFICIAL;
    private static Lab lab;

    @BeforeAll
    static void connectTooEarly() {
        lab = Lab.start(new LabConfig(Topologies.autostart(BoardSetup.of(PROFILE)), 0.3, LabConfig.defaultRunsFolder()));
        Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
        esp32.command("active 1");
        esp32.command("connect");
        // pppd sends a ConfReq every 3 s: three of them unanswered are proof enough
        await("pppd has asked three times").atMost(Duration.ofSeconds(90))
                .until(() -> lab.events().of("saxonsoc", EventKind.FRAME_SENT).size() >= 3);
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theEsp32GaveUpAtItsProfilesTimeBeforePppdStarted() {
        Event connect = lab.events().of("esp32", EventKind.PPP_CONNECT).get(0);
        Event gaveUp = lab.events().of("esp32", EventKind.PPP_GAVE_UP).get(0);
        double ratio = (double) gaveUp.at().minus(connect.at()).toNanos() / Duration.ofMillis(PROFILE.windowMillis()).toNanos();
        assertThat(ratio).as("measured window / profile window").isBetween(0.9, 1.1);
        assertThat(lab.events().of("saxonsoc", EventKind.PPPD_START).get(0).at()).isGreaterThan(gaveUp.at());
    }

    @Test
    void theLinkNeverComesUpAndTheEsp32StaysSilent() {
        Event gaveUp = lab.events().of("esp32", EventKind.PPP_GAVE_UP).get(0);
        List<Event> afterwards = lab.events().select(e -> e.node().equals("esp32") && e.isFrame()
                && e.at().compareTo(gaveUp.at()) > 0);
        assertThat(afterwards).isEmpty();
        assertThat(lab.events().of("esp32", EventKind.PPP_UP)).isEmpty();
        assertThat(new LinuxGuest(lab.node("saxonsoc")).run("ifconfig ppp0").output()).doesNotContain("inet addr:");
    }
}
