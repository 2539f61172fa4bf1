package com.example.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.api.Check;
import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.junit.Esp32PppLabExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** My main.py boots on the board, and the Linux behind it connects and reaches the internet. */
class MyMainPyTest {
    @RegisterExtension
    static Esp32PppLabExtension lab = Esp32PppLabExtension.of(Esp32PppLab.autostart()
            .withMainPy(Resources.path("flash/main.py")));

    @Test
    void myMainPyBootsAndTheLinuxConnectsThroughIt() {
        lab.esp32().awaitConsole("my main.py: PPP, WiFi and SOCKS are up", Duration.ofSeconds(120));
        assertThat(lab.saxonsoc().awaitPpp0(Duration.ofSeconds(60))).contains("inet addr:10.0.5.2  P-t-P:10.0.5.1");
        assertThat(lab.esp32().defaultRoute()).contains("dev wlan0");
        lab.verify(Check.command("a page through the board's SOCKS proxy", "saxonsoc",
                "curl -s --max-time 30 --socks5 10.0.5.1:1080 http://198.18.0.80/index.html")
                .expecting("Hello from the lab's internet").within(Duration.ofSeconds(60)));
    }
}
