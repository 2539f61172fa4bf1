package dev.esp32ppp.esp32;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppWindow;
import dev.esp32ppp.ppp.FsmState;
import dev.esp32ppp.ppp.Ipcp;
import dev.esp32ppp.ppp.LinkEnd;
import dev.esp32ppp.ppp.LinkListener;
import dev.esp32ppp.ppp.LinkPhase;
import dev.esp32ppp.ppp.Octets;
import dev.esp32ppp.ppp.PppLink;
import dev.esp32ppp.ppp.Scheduler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The ESP32's network stack as MicroPython's {@code network.PPP} (v1.13, ports/esp32/network_ppp.c)
 * over lwIP and ESP-IDF v3 make it behave. {@code active(True)} makes lwIP's PPP control block (a
 * {@link PppLink}) and {@code active(False)} closes and frees it. {@code connect()} makes PPP the
 * default interface at once and starts the task that reads UART2; while that task runs a second
 * {@code connect()} is EALREADY, so a link that gave up stays dead until active(False) and
 * active(True). {@code isconnected()} follows the status callback: True once IP is up, False when
 * the phase reaches Dead. A WiFi station that connects takes the default back. Every change is
 * reported as an event. Runs on the link's thread only.
 */
final class Esp32Model implements LinkListener {
    /** Answers to the control commands; errors are MicroPython's errno names. */
    static final class ModelError extends RuntimeException {
        ModelError(String errno) {
            super(errno);
        }
    }

    /** How long active(False) waits for the link to close before it frees it anyway (PPP_CLOSE_TIMEOUT_MS). */
    static final long CLOSE_TIMEOUT_MILLIS = 4000;
    private static final String NO_ADDRESS = "0.0.0.0";

    private final FirmwareProfile profile;
    private final Scheduler scheduler;
    private final HostNetwork network;
    private final Consumer<byte[]> wire;
    private final Consumer<byte[]> datagrams;
    private final BiConsumer<EventKind, String> events;
    private final SecureRandom random = new SecureRandom();
    private final UartReceiveBuffer uart = new UartReceiveBuffer();
    /** lwIP's PPP control block, from active(True) to active(False); null without one. */
    private PppLink link;
    /** connect() started the task that reads UART2 into lwIP. */
    private boolean readingUart;
    /** network_ppp.c's connected flag, what isconnected() answers. */
    private boolean connected;
    private boolean pppIsDefault;
    private Ipcp.Result ip;
    /** lwIP's first name server (dns_getserver(0)): set by WiFi's DHCP, or by the peer over IPCP. */
    private String nameServer = NO_ADDRESS;
    /** active(False) waiting for the link to close: the call returns when this completes. */
    private CompletableFuture<Void> closing;
    private Scheduler.Timer closeTimeout;

    /** @param wire where the link's bytes go (UART2) @param datagrams where IP from the peer goes (ppp0) */
    Esp32Model(FirmwareProfile profile, Scheduler scheduler, HostNetwork network, Consumer<byte[]> wire,
               Consumer<byte[]> datagrams, BiConsumer<EventKind, String> events) {
        this.profile = profile;
        this.scheduler = scheduler;
        this.network = network;
        this.wire = wire;
        this.datagrams = datagrams;
        this.events = events;
    }

    // ---- network.PPP --------------------------------------------------------------------

    /**
     * network.PPP.active(on). Switching off closes a link that connect() started and waits for it
     * to end, at most {@link #CLOSE_TIMEOUT_MILLIS}, then frees it.
     * @return completes when the call returns on the board
     */
    CompletableFuture<Void> active(boolean on) {
        if (on && link == null) {
            link = new PppLink(profile.linkSettings(), scheduler, random::nextInt, wire, this);
            network.createPpp();
            event(EventKind.PPP_ACTIVE, new PppWindow(profile.id(), Duration.ofMillis(profile.windowMillis())).text());
        } else if (!on && link != null && closing == null) {
            if (!readingUart) {
                free();
            } else {
                closing = new CompletableFuture<>();
                closeTimeout = scheduler.schedule(CLOSE_TIMEOUT_MILLIS, this::free);
                link.close();
            }
        }
        return closing == null ? CompletableFuture.completedFuture(null) : closing;
    }

    void connect() {
        if (link == null) {
            throw new ModelError("EPERM");
        }
        if (readingUart) {
            throw new ModelError("EALREADY");
        }
        // lwIP: ppp_set_default() before negotiation even starts
        routeChanged("default dev ppp0", network::defaultViaPpp);
        pppIsDefault = true;
        event(EventKind.PPP_CONNECT, "");
        link.connect();
        readingUart = true;
        byte[] waiting = uart.take();
        link.input(waiting, 0, waiting.length);
    }

    /**
     * The program's UART(2).read(): before connect() what waits in the receive buffer; after it
     * nothing, as network_ppp.c's task reads the UART from then on.
     */
    byte[] readUart2(int max) {
        return readingUart ? new byte[0] : uart.take(max);
    }

    boolean isConnected() {
        return connected;
    }

    /** (ip, gw, netmask, dns), in network.PPP's order; four Nones without a control block. */
    String ifconfig() {
        if (link == null) {
            return "None None None None";
        }
        return (ip == null ? NO_ADDRESS + " " + NO_ADDRESS : dotted(ip.localAddress()) + " " + dotted(ip.peerAddress()))
                + " 255.255.255.255 " + nameServer;
    }

    String state() {
        return link == null ? "phase=DEAD lcp=INITIAL ipcp=INITIAL ipv6cp=INITIAL connected=false"
                : "phase=" + link.phase() + " lcp=" + link.lcpState() + " ipcp=" + link.ipcpState()
                + " ipv6cp=" + link.ipv6cpState() + " connected=" + connected;
    }

    /** lwIP's ppp_free, whether the link ended or not; ppp0 goes with it. */
    private void free() {
        if (closeTimeout != null) {
            closeTimeout.cancel();
            closeTimeout = null;
        }
        link.release();
        link = null;
        readingUart = false;
        connected = false;
        ip = null;
        if (pppIsDefault) {
            pppIsDefault = false;
            routeChanged("no default", network::removePpp);
        } else {
            network.removePpp();
        }
        if (closing != null) {
            closing.complete(null);
            closing = null;
        }
    }

    // ---- WiFi station (ESP-IDF v3: STA takes the default back when it connects) ---------------

    /** The station got its lease: it becomes the default interface, PPP or not, and its name server lwIP's. */
    void wifiUp(WifiStation.Lease lease) {
        event(EventKind.WIFI_UP, "ip=" + lease.ip() + " gw=" + lease.router());
        if (lease.dns() != null && !lease.dns().isBlank()) {
            nameServer = lease.dns().strip().split("\\s+")[0];
        }
        pppIsDefault = false;
        routeChanged("default via " + lease.router() + " dev wlan0", () -> network.defaultViaWifi(lease.router()));
    }

    // ---- the link, the serial line, ppp0 ------------------------------------------------

    /** Bytes from UART2: lwIP's task reads them once connect() started it; until then the driver keeps them. */
    void serialInput(byte[] data, int length) {
        if (readingUart) {
            link.input(data, 0, length);
        } else {
            uart.keep(data, length);
        }
    }

    void fromPpp0(byte[] datagram) {
        if (link != null) {
            link.sendDatagram(datagram);
        }
    }

    @Override
    public void phase(LinkPhase phase) {
        event(EventKind.PPP_PHASE, phase.name());
    }

    @Override
    public void transition(String protocol, FsmState from, FsmState to) {
        event(EventKind.PPP_FSM, protocol + " " + from + " -> " + to);
    }

    /** lwIP's sifup: the status callback hears PPPERR_NONE and network_ppp.c is connected. */
    @Override
    public void ipUp(Ipcp.Result result) {
        ip = result;
        connected = result.localAddress() != 0;
        if (result.primaryDns() != 0) {
            nameServer = dotted(result.primaryDns());
        }
        String local = dotted(result.localAddress());
        String peer = dotted(result.peerAddress());
        network.pppAddresses(local, peer);
        event(EventKind.PPP_UP, "local=" + local + " peer=" + peer);
    }

    /** lwIP's sifdown, cifaddr and cdns: the address goes at once; no status callback, so isconnected() stays. */
    @Override
    public void ipDown() {
        if (nameServer.equals(dotted(ip.primaryDns()))) {
            nameServer = NO_ADDRESS;
        }
        ip = null;
        network.pppAddressesGone();
        event(EventKind.PPP_DOWN, "");
    }

    @Override
    public void datagram(byte[] datagram) {
        datagrams.accept(datagram);
    }

    /** The status callback at Dead: PPPERR_USER ends active(False)'s wait, PPPERR_CONNECT disconnects. */
    @Override
    public void dead(LinkEnd end) {
        switch (end) {
            case CLOSED -> {
                if (closing != null) {
                    free();
                }
            }
            case GAVE_UP -> {
                connected = false;
                event(EventKind.PPP_GAVE_UP, "no answer within " + profile.windowMillis() + " ms (PPPERR_CONNECT)");
            }
            case LOST -> connected = false;
        }
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
            return InetAddress.getByAddress(Octets.of32(address)).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
