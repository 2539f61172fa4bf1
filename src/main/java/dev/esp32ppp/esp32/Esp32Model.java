package dev.esp32ppp.esp32;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppWindow;
import dev.esp32ppp.ppp.FsmState;
import dev.esp32ppp.ppp.Ipcp;
import dev.esp32ppp.ppp.LinkListener;
import dev.esp32ppp.ppp.LinkPhase;
import dev.esp32ppp.ppp.PppLink;
import dev.esp32ppp.ppp.Scheduler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The ESP32's network stack as MicroPython's {@code network.PPP} (v1.13) and ESP-IDF v3 make it
 * behave: {@code connect()} makes PPP the default interface at once; a second {@code connect()}
 * is EALREADY; a link that gave up stays dead; a WiFi station that connects takes the default
 * back. Every change is reported as an event. Runs on the link's thread only.
 */
final class Esp32Model implements LinkListener {
    /** Answers to the control commands; errors are MicroPython's errno names. */
    static final class ModelError extends RuntimeException {
        ModelError(String errno) {
            super(errno);
        }
    }

    private final FirmwareProfile profile;
    private final HostNetwork network;
    private final BiConsumer<EventKind, String> events;
    private final Consumer<byte[]> datagrams;
    private final PppLink link;
    private boolean active;
    private boolean connectCalled;
    private Ipcp.Result ip;

    /** @param wire where the link's bytes go (UART2) @param datagrams where IP from the peer goes (ppp0) */
    Esp32Model(FirmwareProfile profile, Scheduler scheduler, HostNetwork network, Consumer<byte[]> wire,
               Consumer<byte[]> datagrams, BiConsumer<EventKind, String> events) {
        this.profile = profile;
        this.network = network;
        this.events = events;
        this.datagrams = datagrams;
        SecureRandom random = new SecureRandom();
        this.link = new PppLink(profile.linkSettings(), scheduler, random::nextInt, wire, this);
    }

    // ---- network.PPP --------------------------------------------------------------------

    void active(boolean on) {
        if (on && !active) {
            network.createPpp();
            event(EventKind.PPP_ACTIVE, new PppWindow(profile.id(), Duration.ofMillis(profile.windowMillis())).text());
        }
        active = on;
    }

    void connect() {
        if (!active) {
            throw new ModelError("EPERM");
        }
        if (connectCalled) {
            throw new ModelError("EALREADY");
        }
        connectCalled = true;
        // lwIP: ppp_set_default() before negotiation even starts
        routeChanged("default dev ppp0", network::defaultViaPpp);
        event(EventKind.PPP_CONNECT, "");
        link.connect();
    }

    boolean isConnected() {
        return ip != null;
    }

    /** (ip, gw, netmask, dns), in network.PPP's order. */
    String ifconfig() {
        return ip == null ? "0.0.0.0 0.0.0.0 255.255.255.255 0.0.0.0"
                : dotted(ip.localAddress()) + " " + dotted(ip.peerAddress()) + " 255.255.255.255 0.0.0.0";
    }

    String state() {
        return "phase=" + link.phase() + " lcp=" + link.lcpState() + " ipcp=" + link.ipcpState()
                + " ipv6cp=" + link.ipv6cpState() + " connected=" + isConnected();
    }

    // ---- WiFi station (ESP-IDF v3: STA takes the default back when it connects) ---------------

    /** The station got its lease: it becomes the default interface, PPP or not. */
    void wifiUp(WifiStation.Lease lease) {
        event(EventKind.WIFI_UP, "ip=" + lease.ip() + " gw=" + lease.router());
        routeChanged("default via " + lease.router() + " dev wlan0", () -> network.defaultViaWifi(lease.router()));
    }

    // ---- the link, the serial line, ppp0 ------------------------------------------------

    void serialInput(byte[] data, int length) {
        link.input(data, 0, length);
    }

    void fromPpp0(byte[] datagram) {
        link.sendDatagram(datagram);
    }

    @Override
    public void phase(LinkPhase phase) {
        event(EventKind.PPP_PHASE, phase.name());
    }

    @Override
    public void transition(String protocol, FsmState from, FsmState to) {
        event(EventKind.PPP_FSM, protocol + " " + from + " -> " + to);
    }

    @Override
    public void ipUp(Ipcp.Result result) {
        ip = result;
        String local = dotted(result.localAddress());
        String peer = dotted(result.peerAddress());
        network.pppAddresses(local, peer);
        event(EventKind.PPP_UP, "local=" + local + " peer=" + peer);
    }

    @Override
    public void ipDown() {
        ip = null;
        event(EventKind.PPP_DOWN, "");
    }

    @Override
    public void datagram(byte[] datagram) {
        datagrams.accept(datagram);
    }

    @Override
    public void gaveUp() {
        event(EventKind.PPP_GAVE_UP, "no answer within " + profile.windowMillis() + " ms (PPPERR_CONNECT)");
    }

    /** Changes a route and tells the table before and after, for the report ("; " between routes). */
    private void routeChanged(String route, Runnable change) {
        event(EventKind.ROUTING_TABLE, "before: " + network.routes().replace("\n", "; "));
        change.run();
        event(EventKind.ROUTE, route);
        event(EventKind.ROUTING_TABLE, "after: " + network.routes().replace("\n", "; "));
    }

    private void event(EventKind kind, String detail) {
        events.accept(kind, detail);
    }

    private static String dotted(int address) {
        try {
            return InetAddress.getByAddress(dev.esp32ppp.ppp.Octets.of32(address)).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
