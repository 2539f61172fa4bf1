package com.example.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.junit.Esp32PppLabExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PPP started after WiFi takes the board's default route, and the board's own NTP fails. */
class RoutingSpoilTest {
    @RegisterExtension
    static Esp32PppLabExtension lab = Esp32PppLabExtension.of(Esp32PppLab.autostart()
            .withMainPy(Resources.path("flash/main-wifi-first.py")));

    @Test
    void pppAfterWifiSpoilsTheRoutingAndNtpFails() {
        lab.esp32().awaitConsole("my main.py: no NTP", Duration.ofSeconds(120));
        assertThat(lab.esp32().defaultRoute()).contains("default dev ppp0");
        assertThat(lab.events().of("esp32", "ntp-failed")).hasSize(1);
        assertThat(lab.events().of("esp32", "rtc-set")).isEmpty();
    }
}
