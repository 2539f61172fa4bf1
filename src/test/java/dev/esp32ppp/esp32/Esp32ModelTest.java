package dev.esp32ppp.esp32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.ppp.ControlPacket;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.ManualScheduler;
import dev.esp32ppp.ppp.PppdScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ESP32 as MicroPython v1.13's network.PPP over lwIP makes it behave, against pppd's packets
 * on a clock the test moves: what isconnected(), ifconfig(), active() and connect() give, and when.
 */
@Tag("unit")
class Esp32ModelTest {
    private static final String PPP_WITH_WIFI_DNS = "10.0.5.1 10.0.5.2 255.255.255.255 192.168.28.254";
    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> events = new ArrayList<>();
    private final FakeNetwork network = new FakeNetwork();
    private Esp32Model model;
    private final PppdScript pppd = new PppdScript(bytes -> model.serialInput(bytes, bytes.length));

    /** The container's network as the model sets it, as a list of what was done. */
    private static final class FakeNetwork implements HostNetwork {
        final List<String> changes = new ArrayList<>();

        @Override
        public void createPpp() {
            changes.add("create ppp0");
        }

        @Override
        public void pppAddresses(String local, String peer) {
            changes.add("ppp0 " + local + " peer " + peer);
        }

        @Override
        public void pppAddressesGone() {
            changes.add("ppp0 no address");
        }

        @Override
        public void removePpp() {
            changes.add("remove ppp0");
        }

        @Override
        public void defaultViaPpp() {
            changes.add("default dev ppp0");
        }

        @Override
        public void defaultViaWifi(String gateway) {
            changes.add("default via " + gateway);
        }

        @Override
        public String routes() {
            return "";
        }
    }

    private void board(FirmwareProfile profile) {
        model = new Esp32Model(profile, clock, network, pppd::fromEsp32, datagram -> { },
                (kind, detail) -> events.add(kind.id() + (detail.isEmpty() ? "" : " " + detail)));
    }

    private void connected(FirmwareProfile profile) {
        board(profile);
        model.active(true);
        model.connect();
        pppd.openLcp();
        pppd.openIpcp();
        assertThat(model.isConnected()).isTrue();
        pppd.sent();
        events.clear();
    }

    private List<String> events(EventKind kind) {
        return events.stream().filter(e -> e.startsWith(kind.id())).toList();
    }

    /**
     * lwIP's fsm.c: a Terminate-Request takes IP down at once, then LCP waits one restart period
     * in Stopping before the link is dead; network_ppp.c's isconnected() turns False only then
     * (its status callback hears PPPERR_CONNECT when the phase reaches Dead).
     */
    @Test
    void aTerminateRequestTakesTheAddressAtOnceAndTheLinkDiesOneRestartPeriodLater() {
        connected(FirmwareProfile.LWIP_SOURCE);

        pppd.send(ControlProtocol.LCP, ControlPacket.TERM_REQ, 2, "55736572207265717565737400");

        assertThat(pppd.sent()).containsExactly("[LCP TermAck id=0x2]");
        assertThat(events(EventKind.PPP_DOWN)).hasSize(1);
        assertThat(network.changes).last().isEqualTo("ppp0 no address");
        assertThat(model.ifconfig()).startsWith("0.0.0.0 0.0.0.0 ");
        assertThat(model.isConnected()).as("until the link is dead").isTrue();
        clock.advance(5999);
        assertThat(model.isConnected()).isTrue();
        assertThat(events(EventKind.PPP_PHASE)).doesNotContain("ppp-phase DEAD");

        clock.advance(1);
        assertThat(events(EventKind.PPP_PHASE)).last().isEqualTo("ppp-phase DEAD");
        assertThat(model.isConnected()).isFalse();
        assertThat(events(EventKind.PPP_GAVE_UP)).as("it had been up: no give-up").isEmpty();
    }

    /**
     * network_ppp.c: active(False) closes the link (Terminate-Request "User request"), waits for
     * the close and frees lwIP's PCB; a new active(True) makes a new one that connect() starts.
     */
    @Test
    void activeFalseClosesWithUserRequestAndANewActiveAndConnectNegotiateAgain() {
        connected(FirmwareProfile.IDF3_OFFICIAL);

        CompletableFuture<Void> returned = model.active(false);
        assertThat(pppd.sent()).containsExactly("[LCP TermReq id=0x2 \"User request\"]");
        assertThat(returned).as("waiting for the close").isNotDone();
        pppd.send(ControlProtocol.LCP, ControlPacket.TERM_ACK, 2, "");
        assertThat(returned).isDone();
        assertThat(model.isConnected()).isFalse();
        assertThat(model.ifconfig()).isEqualTo("None None None None");
        assertThat(network.changes).last().isEqualTo("remove ppp0");

        model.active(true);
        model.connect();
        assertThat(pppd.sent()).singleElement().asString().startsWith("[LCP ConfReq id=0x1 <asyncmap 0x0>");
        pppd.openLcp();
        pppd.openIpcp();
        assertThat(model.isConnected()).isTrue();
        assertThatThrownBy(model::connect).hasMessage("EALREADY");
    }

    /** With no one to answer its Terminate-Requests, active(False) gives up waiting after 4 s and frees the link anyway. */
    @Test
    void activeFalseWithNoAnswerReturnsAfterFourSeconds() {
        connected(FirmwareProfile.LWIP_SOURCE);

        CompletableFuture<Void> returned = model.active(false);
        clock.advance(3999);
        assertThat(returned).isNotDone();
        clock.advance(1);
        assertThat(returned).isDone();
        assertThat(model.ifconfig()).isEqualTo("None None None None");
        assertThat(events).as("the released link tells no one").noneMatch(e -> e.startsWith("ppp-phase DEAD"));

        clock.advance(60_000);
        assertThat(pppd.sent()).as("but it still sends its second Terminate-Request, 6 s after the first")
                .containsExactly("[LCP TermReq id=0x2 \"User request\"]", "[LCP TermReq id=0x3 \"User request\"]");
    }

    /**
     * The UART driver keeps what arrives in its 256-octet receive buffer until lwIP's reading task,
     * which connect() starts, takes it; what comes once the buffer is full is lost.
     */
    @Test
    void bytesBeforeConnectWaitInTheUartsBufferForLwip() {
        board(FirmwareProfile.IDF3_OFFICIAL);
        model.active(true);
        pppd.send(ControlProtocol.LCP, ControlPacket.CONF_REQ, 1, "020600000000 0506c8d6870a 0702 0802");
        byte[] flags = new byte[256];
        Arrays.fill(flags, (byte) 0x7e);
        pppd.sendRaw(flags);
        pppd.send(ControlProtocol.LCP, ControlPacket.CONF_REQ, 2, "020600000000 0506c8d6870a 0702 0802");

        model.connect();

        assertThat(pppd.sent()).hasSize(2).last().asString().startsWith("[LCP ConfAck id=0x1 ");
    }

    /**
     * Before connect() the program's UART(2).read() takes what waits in the receive buffer (what
     * it took, lwIP never sees); from connect() on lwIP's task reads the UART and the program
     * finds nothing.
     */
    @Test
    void theProgramReadsTheUartBeforeConnectAndNothingAfter() {
        board(FirmwareProfile.IDF3_OFFICIAL);
        model.active(true);
        model.serialInput(new byte[] {0x7e, (byte) 0xff, 0x7d, 0x23}, 4);

        assertThat(model.readUart2(3)).containsExactly(0x7e, 0xff, 0x7d);
        assertThat(model.readUart2(256)).containsExactly(0x23);
        assertThat(model.readUart2(256)).isEmpty();

        pppd.sendRaw(new byte[] {0x41, 0x42});
        model.connect();
        pppd.sendRaw(new byte[] {0x43});
        assertThat(model.readUart2(256)).isEmpty();
    }

    /**
     * network_ppp.c's ifconfig(): four Nones without a PCB (before active()); with one, the
     * netif's address, gateway and netmask and lwIP's first name server, the WiFi's once DHCP gave it.
     */
    @Test
    void ifconfigIsNonesBeforeActiveThenShowsTheWifisNameServer() {
        board(FirmwareProfile.IDF3_OFFICIAL);
        assertThat(model.ifconfig()).isEqualTo("None None None None");

        model.active(true);
        assertThat(model.ifconfig()).isEqualTo("0.0.0.0 0.0.0.0 255.255.255.255 0.0.0.0");

        model.wifiUp(new WifiStation.Lease("192.168.28.118", "255.255.255.0", "192.168.28.254", "192.168.28.254"));
        model.connect();
        pppd.openLcp();
        pppd.openIpcp();
        assertThat(model.ifconfig()).isEqualTo(PPP_WITH_WIFI_DNS);
    }
}
