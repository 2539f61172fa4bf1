package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The field notes' bug: with WiFi joined before PPP starts, PPP's connect() takes the default
 * route, the board's own internet is gone, and NTP fails. (PPP first works: AutostartBoardTest.)
 */
@Tag("e2e")
class RoutingSpoilTest {
    private static Lab lab;

    @BeforeAll
    static void powerOnWifiFirst() {
        BoardSetup wifiFirst = BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)
                .withMain(ProjectHome.fixtures().resolve("esp32/main-wifi-first.py"));
        lab = Lab.start(new LabConfig(Topologies.autostart(wifiFirst), 0.1, LabConfig.defaultRunsFolder()));
        lab.events().await("esp32", EventKind.SOCKS_START, Duration.ofSeconds(120));
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void pppAfterWifiLeavesTheDefaultRouteOnPpp0() {
        List<String> order = lab.events().select(e -> e.node().equals("esp32")
                && List.of(EventKind.WIFI_UP, EventKind.PPP_CONNECT).contains(e.kind())).stream()
                .map(e -> e.kind().id()).toList();
        assertThat(order).containsExactly("wifi-up", "ppp-connect");
        assertThat(lab.node("esp32").exec("ip", "route", "show", "default").output()).contains("default dev ppp0");
    }

    @Test
    void ntpFailsWithAnOsErrorAndTheScriptSaysSo() {
        assertThat(lab.events().of("esp32", EventKind.NTP_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("110"));
        assertThat(lab.events().of("esp32", EventKind.RTC_SET)).isEmpty();
        // the script prints on UART0, a slower path than its events: wait for the line itself
        await("main.py says NTP is not available").atMost(Duration.ofSeconds(10))
                .until(() -> lab.node("esp32").consoleLines().stream().anyMatch(l -> l.endsWith("NTP not available")));
    }
}
