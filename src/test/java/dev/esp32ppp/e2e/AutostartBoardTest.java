package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
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
 * The field's autostart on the MicroPython board: the fixture main.py waits, starts PPP, joins
 * WiFi, starts uftpd, sets the time by NTP and starts SOCKS; the Linux boots and connects.
 */
@Tag("e2e")
class AutostartBoardTest {
    private static Lab lab;
    private static LinuxGuest linux;

    @BeforeAll
    static void powerOn() {
        lab = Lab.start(new LabConfig(Topologies.autostart(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)), 0.1,
                LabConfig.defaultRunsFolder()));
        lab.events().await("esp32", EventKind.SOCKS_START, Duration.ofSeconds(120));
        linux = new LinuxGuest(lab.node("saxonsoc"));
        linux.awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void mainPyStartsPppThenWifiThenUftpdNtpAndSocksInThatOrder() {
        List<String> order = lab.events().select(e -> e.node().equals("esp32") && List.of(EventKind.PPP_CONNECT,
                EventKind.WIFI_UP, EventKind.UFTPD_START, EventKind.NTP_OK, EventKind.NTP_FAILED, EventKind.SOCKS_START)
                .contains(e.kind())).stream().map(e -> e.kind().id()).toList();
        assertThat(order).containsExactly("ppp-connect", "wifi-up", "uftpd-start", "ntp-ok", "socks-start");
        assertThat(lab.events().of("esp32", EventKind.UART2_INIT)).as("UART(2) at its power-on rate, then ppptun's")
                .extracting(Event::detail)
                .containsExactly("baudrate=115200 bits=8 parity=None stop=1", "baudrate=115200 bits=8 parity=None stop=1");
    }

    @Test
    void settimeSetTheRtcFromTheLabsNtpServer() {
        assertThat(lab.events().of("esp32", EventKind.RTC_SET)).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotStartWith("2000"));
        assertThat(lab.node("esp32").consoleLines()).noneMatch(l -> l.contains("NTP not available"));
        assertThat(lab.node("esp32").exec("ip", "route", "show", "default").output()).contains("dev wlan0");
    }

    @Test
    void curlThroughTheEsp32sSocksProxyFetchesThePage() {
        CommandResult byAddress = linux.run("curl -s --socks5 10.0.5.1:1080 http://" + LabAddresses.INTERNET_WEB
                + "/index.html", Duration.ofSeconds(60));
        assertThat(byAddress.output()).contains("Hello from the lab's internet");
        CommandResult byName = linux.run("curl -s --proxy socks5h://10.0.5.1:1080 http://www.yahoo.com/index.html",
                Duration.ofSeconds(60));
        assertThat(byName.output()).as("name resolved on the ESP32 side").contains("Hello from the lab's internet");
    }

    @Test
    void ftpToTheEsp32ShowsTheBannerAListingAndRoundTripsAFile() {
        CommandResult listing = linux.run("curl -s -v -P - ftp://10.0.5.1/ 2>&1", Duration.ofSeconds(60));
        assertThat(listing.output()).contains("220 Hello, this is the ESP8266.")
                .containsPattern("-rw-r--r-- 1 owner group +\\d+ \\w{3} +\\d+ \\d\\d:\\d\\d boot.py");
        CommandResult roundTrip = linux.run("head -c 3000 /dev/urandom > /tmp/f.bin && "
                + "curl -s -P - -T /tmp/f.bin ftp://10.0.5.1/f.bin && "
                + "curl -s -P - ftp://10.0.5.1/f.bin -o /tmp/back.bin && cmp /tmp/f.bin /tmp/back.bin && echo same",
                Duration.ofSeconds(60));
        assertThat(roundTrip.output()).as(roundTrip.output()).contains("same");
    }
}
