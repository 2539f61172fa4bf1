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
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** With nobody on UART2, the ESP32 tries for its firmware's window, gives up, and stays dead. */
@Tag("e2e")
class Esp32GiveUpTest {
    private static final FirmwareProfile PROFILE = FirmwareProfile.IDF3_OFFICIAL;
    private static Lab lab;
    private static Esp32Control esp32;
    private static Event connect;

    @BeforeAll
    static void connectToNobody() {
        lab = Lab.start(new LabConfig(Topologies.esp32Alone(BoardSetup.of(PROFILE)), 1, LabConfig.defaultRunsFolder()));
        esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
        esp32.command("active 1");
        esp32.command("connect");
        lab.events().await("esp32", EventKind.PPP_GAVE_UP, Duration.ofSeconds(60));
        connect = lab.events().of("esp32", EventKind.PPP_CONNECT).get(0);
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void itSendsItsConfigureRequestsAcrossTheWindowThenGivesUpOnTime() {
        List<Event> confReqs = lab.events().of("esp32", EventKind.FRAME_SENT);
        assertThat(confReqs).hasSize(PROFILE.maxConfigure()).allSatisfy(e -> assertThat(e.detail()).startsWith("[LCP ConfReq"));
        Duration window = Duration.ofMillis(PROFILE.windowMillis());
        Duration measured = lab.events().of("esp32", EventKind.PPP_GAVE_UP).get(0).at().minus(connect.at());
        assertThat(ResendSchedule.ratio(measured, window)).isBetween(0.97, 1.1);
        ResendSchedule.assertRestartInterval(confReqs, Duration.ofMillis(PROFILE.restartMillis()));
    }

    @Test
    void afterGivingUpTheLinkStaysDeadAndConnectCannotRetry() {
        assertThat(esp32.command("state")).contains("phase=DEAD").contains("connected=false");
        assertThat(esp32.command("connect")).isEqualTo("error EALREADY");
        assertThat(lab.node("esp32").exec("ip", "route", "show", "default").output())
                .as("the default route stays on the dead ppp0: the routing-spoil of the notes").contains("dev ppp0");
    }
}
