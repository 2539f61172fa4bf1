package dev.esp32ppp.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of everything that can happen in a lab: each kind of event with the name it has
 * in events.txt and on a node's console ({@link EventLine}), who reports it, the label the
 * timeline prints at its marker and the phase the live progress shows for its node from then on.
 * Kinds without a label are not drawn as markers; kinds without a phase leave the phase as it is.
 *
 * <p>The node scripts (containers/common/event.sh) and the board shims
 * (src/main/micropython/lib/board.py) keep the names of the kinds they report as constants of
 * their own; {@code EventKindsOfEveryLanguageTest} holds those equal to this catalogue.
 */
public enum EventKind {
    // the harness: the lab, its cables and DIP switch, the scenario's steps
    LAB_START("lab-start", Origin.HARNESS),
    NETWORK_UP("network-up", Origin.HARNESS),
    POWER_ON("power-on", Origin.HARNESS, "power on", "booting"),
    STARTED("started", Origin.HARNESS),
    LAB_STOP("lab-stop", Origin.HARNESS),
    SWEPT("swept", Origin.HARNESS),
    PLUGGED("plugged", Origin.HARNESS, "plugged", null),
    UNPLUGGED("unplugged", Origin.HARNESS, "unplugged", null),
    REPLUGGED("replugged", Origin.HARNESS, "replugged", null),
    NOISE_BURST("noise-burst", Origin.HARNESS, "noise-burst", null),
    NOISE_BURST_END("noise-burst-end", Origin.HARNESS),
    BAUD_MISMATCH("baud-mismatch", Origin.HARNESS, "baud mismatch", null),
    LINE_CLOSED("line-closed", Origin.HARNESS),
    /** The event an impairment's times count from has come; the timeline draws it across the lanes. */
    ANCHOR("anchor", Origin.HARNESS, "t0", null),
    DIP_SWITCH("dip-switch", Origin.HARNESS, "dip-switch", null),
    TERMINAL("terminal", Origin.HARNESS, "terminal", null),
    /** A frame that crossed the cable, as its sniffer decoded it; carries a {@link Frame}. */
    FRAME_SENT("sent", Origin.HARNESS),
    /** A frame that crossed the cable with a bad FCS; carries a {@link Frame}. */
    FRAME_BAD("bad-frame", Origin.HARNESS),
    REPL("repl", Origin.HARNESS),
    /** A scenario's waits are over (the person's steps, its wait-for events); its recipes and checks follow. */
    WAITED("waited", Origin.HARNESS),
    RECIPE("recipe", Origin.HARNESS, "recipe", null),
    RECIPE_OUTPUT("recipe-output", Origin.HARNESS),
    CHECK_PASS("check-pass", Origin.HARNESS),
    CHECK_FAIL("check-fail", Origin.HARNESS),
    /** A node printed an event line of a kind this catalogue does not have; the detail is the line's words. */
    UNCATALOGUED("uncatalogued", Origin.HARNESS),

    // the ESP32's network stack, a process in the esp32 container: the model (dev.esp32ppp.esp32)
    // or real lwIP (containers/esp32/lwip/esp32-lwip.c), which reports the same kinds
    /** The stack answers its control socket; carries {@link StackReady}: which stack it is. */
    MODEL_READY("model-ready", Origin.ESP32_MODEL, null, null, StackReady::read),
    /** PPP switched on; carries the firmware's {@link PppWindow}. */
    PPP_ACTIVE("ppp-active", Origin.ESP32_MODEL, null, null, PppWindow::read),
    PPP_CONNECT("ppp-connect", Origin.ESP32_MODEL, "connect()", "PPP: LCP"),
    PPP_PHASE("ppp-phase", Origin.ESP32_MODEL),
    PPP_FSM("ppp-fsm", Origin.ESP32_MODEL),
    PPP_UP("ppp-up", Origin.ESP32_MODEL, "PPP up", "PPP up"),
    PPP_DOWN("ppp-down", Origin.ESP32_MODEL, "PPP down", "PPP down"),
    PPP_GAVE_UP("ppp-gave-up", Origin.ESP32_MODEL, "gave up", "PPP gave up"),
    WIFI_ASSOCIATED("wifi-associated", Origin.ESP32_MODEL),
    WIFI_FAILED("wifi-failed", Origin.ESP32_MODEL),
    /** WiFi runs beside PPP, so the progress adds it to the node's phase rather than replacing it. */
    WIFI_UP("wifi-up", Origin.ESP32_MODEL, "WiFi up", null),
    ROUTING_TABLE("routing-table", Origin.ESP32_MODEL),
    ROUTE("route", Origin.ESP32_MODEL, "route", null),
    UART2_CLOSED("uart2-closed", Origin.ESP32_MODEL),
    UART2_WRITE_FAILED("uart2-write-failed", Origin.ESP32_MODEL),
    PPP0_CLOSED("ppp0-closed", Origin.ESP32_MODEL),
    PPP0_WRITE_FAILED("ppp0-write-failed", Origin.ESP32_MODEL),

    // the nodes' shell scripts
    BOARD_UP("board-up", Origin.NODE_SCRIPT, null, "booting"),
    BOARD_RESET("board-reset", Origin.NODE_SCRIPT),
    /** The ESP32's network stack died (a crash in lwIP): the board panics and reboots; the detail is the cause. */
    PANIC("panic", Origin.NODE_SCRIPT, "panic", null),
    /** A Linux node's kernel is up; carries the {@link PppdKernel} it booted in. */
    KERNEL_UP("kernel-up", Origin.NODE_SCRIPT, "kernel", "Linux booting", PppdKernel::read),
    BOOT_START("boot-start", Origin.NODE_SCRIPT, null, "boot delay"),
    BOOT_DONE("boot-done", Origin.NODE_SCRIPT),
    INIT_SCRIPT("init-script", Origin.NODE_SCRIPT, null, "init scripts"),
    INIT_DONE("init-done", Origin.NODE_SCRIPT),
    UART_OPEN("uart-open", Origin.NODE_SCRIPT),
    UART_CLOSED("uart-closed", Origin.NODE_SCRIPT),
    /** pppd runs on a Linux node; carries {@link PppdStart}: which version. */
    PPPD_START("pppd-start", Origin.NODE_SCRIPT, "pppd start", "pppd: LCP", PppdStart::read),
    PPPD_EXIT("pppd-exit", Origin.NODE_SCRIPT, "pppd exit", "pppd exited"),
    PPP0_UP("ppp0-up", Origin.NODE_SCRIPT, "ppp0 up", "PPP up"),
    PPP0_DOWN("ppp0-down", Origin.NODE_SCRIPT),
    ROUTER_UP("router-up", Origin.NODE_SCRIPT, "up", "up"),
    INTERNET_UP("internet-up", Origin.NODE_SCRIPT, "up", "up"),
    LANHOST_UP("lanhost-up", Origin.NODE_SCRIPT, "up", "up"),

    // the board shims under MicroPython
    RUN("run", Origin.BOARD_SHIM),
    MICROPYTHON_START("micropython-start", Origin.BOARD_SHIM, null, "main.py running"),
    MAIN_DONE("main-done", Origin.BOARD_SHIM),
    UART2_INIT("uart2-init", Origin.BOARD_SHIM),
    RTC_SET("rtc-set", Origin.BOARD_SHIM),
    RESET("reset", Origin.BOARD_SHIM, "reset", null),
    /** machine.WDT was not fed in time: the board restarts with WDT_RESET as its cause. */
    WATCHDOG("watchdog", Origin.BOARD_SHIM, "watchdog", null),
    /** machine.deepsleep(): the board is off until its timer (the detail) or EN wakes it. */
    DEEPSLEEP("deep-sleep", Origin.BOARD_SHIM, "deep sleep", "deep sleep"),
    /** The level of GPIO 2, the LED of many ESP32 boards, while an output: on or off. */
    LED("led", Origin.BOARD_SHIM),
    NTP_OK("ntp-ok", Origin.BOARD_SHIM, "NTP ok", null),
    NTP_FAILED("ntp-failed", Origin.BOARD_SHIM, "NTP failed", null),
    UFTPD_START("uftpd-start", Origin.BOARD_SHIM),
    UFTPD_ERROR("uftpd-error", Origin.BOARD_SHIM),
    SOCKS_START("socks-start", Origin.BOARD_SHIM, "SOCKS", null),
    SOCKS_ERROR("socks-error", Origin.BOARD_SHIM);

    /** Who reports a kind, and so in which language its name is written. */
    public enum Origin {
        /** the harness itself (Java) */
        HARNESS,
        /** the ESP32's network stack in the esp32 container: the Java model, or esp32-lwip (C) */
        ESP32_MODEL,
        /** the nodes' shell scripts, through containers/common/event.sh */
        NODE_SCRIPT,
        /** the board shims, MicroPython, through src/main/micropython/lib/board.py */
        BOARD_SHIM
    }

    private static final Map<String, EventKind> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventKind::id, kind -> kind));

    private final String id;
    private final Origin origin;
    private final String label;
    private final String phase;
    private final Function<String, EventData> reader;

    EventKind(String id, Origin origin) {
        this(id, origin, null, null);
    }

    EventKind(String id, Origin origin, String label, String phase) {
        this(id, origin, label, phase, detail -> null);
    }

    EventKind(String id, Origin origin, String label, String phase, Function<String, EventData> reader) {
        this.id = id;
        this.origin = origin;
        this.label = label;
        this.phase = phase;
        this.reader = reader;
    }

    /** The kind's name, as in events.txt, on a node's console and in scenario files, e.g. {@code ppp0-up}. */
    public String id() {
        return id;
    }

    public Origin origin() {
        return origin;
    }

    /** What the timeline prints at the kind's marker, or null when it draws none. */
    public String label() {
        return label;
    }

    /** The node's phase from this event on, as the live progress shows it; null when it does not change. */
    public String phase() {
        return phase;
    }

    /** The typed data this kind's detail text carries, or null when it carries none (or the text is not as written). */
    EventData data(String detail) {
        return reader.apply(detail);
    }

    /** The kind with this name, if the catalogue has it. */
    public static Optional<EventKind> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** @throws IllegalArgumentException when the catalogue has no kind of that name */
    public static EventKind byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown event '" + id + "'"));
    }

    /** The name, so that a kind reads in messages as it does in files. */
    @Override
    public String toString() {
        return id;
    }
}
