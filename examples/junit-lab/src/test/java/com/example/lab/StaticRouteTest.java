package com.example.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.api.Check;
import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.Firmware;
import dev.esp32ppp.junit.Esp32PppLabExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * My static-route recipes: on the forwarding firmware, the Linux and a computer of the WiFi LAN
 * reach each other directly, with no SOCKS in between.
 */
class StaticRouteTest {
    @RegisterExtension
    static Esp32PppLabExtension lab = Esp32PppLabExtension.of(Esp32PppLab.autostart()
            .withFirmware(Firmware.PNR5_IPFORWARD).withLanHost());

    @Test
    void theLinuxAndTheLanHostReachEachOtherThroughTheEsp32() {
        lab.events().await("esp32", "socks-start", Duration.ofSeconds(120));
        lab.saxonsoc().awaitPpp0(Duration.ofSeconds(60));

        assertThat(lab.saxonsoc().applyRecipe(Resources.path("recipes/linux-default-route.sh")).ok()).isTrue();
        assertThat(lab.node("lanhost").applyRecipe(Resources.path("recipes/lanhost-route-back.sh")).ok()).isTrue();

        lab.verify(Check.command("the Linux fetches the LAN host's page directly", "saxonsoc",
                        "curl -s --max-time 10 http://192.168.28.10/index.html").expecting("Hello from the LAN host"),
                Check.command("the LAN host pings the Linux", "lanhost", "ping -c 2 -w 15 10.0.5.2")
                        .expecting(" 0% packet loss"));
    }
}
