package dev.esp32ppp.esp32;

import dev.esp32ppp.ppp.FsmConfig;
import dev.esp32ppp.ppp.LinkSettings;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ESP32 firmwares the harness models. They differ in how long lwIP's LCP waits for pppd
 * before the link is dead for good (restart interval times Configure-Requests; the interval is
 * every automaton's) and in whether IP forwarding is compiled in. None of them does NAT.
 */
public enum FirmwareProfile {
    /** What the field notes observed of the official MicroPython build on ESP-IDF v3: about 10 s to connect, no forwarding. */
    IDF3_OFFICIAL("idf3-official", 1000, 10, false),
    /** What the field notes observed of the pnr5 rebuild with IP_FORWARD=1 (the ppptun build): about 15 s to connect. */
    PNR5_IPFORWARD("pnr5-ipforward", 1500, 10, true),
    /**
     * lwIP's own timers as its source has them (FSM_DEFTIMEOUT, FSM_DEFMAXCONFREQS): a ConfReq every
     * 6 s, 10 of them. Stock ESP-IDF v3.3.2 and MicroPython v1.13 change neither, so this is their window too.
     */
    LWIP_SOURCE("lwip-source", 6000, 10, false);

    private final String id;
    private final long restartMillis;
    private final int maxConfigure;
    private final boolean ipForwarding;

    FirmwareProfile(String id, long restartMillis, int maxConfigure, boolean ipForwarding) {
        this.id = id;
        this.restartMillis = restartMillis;
        this.maxConfigure = maxConfigure;
        this.ipForwarding = ipForwarding;
    }

    public String id() {
        return id;
    }

    public boolean ipForwarding() {
        return ipForwarding;
    }

    /** The restart timer of lwIP's FSMs: how long a Configure-Request waits for its answer. */
    public long restartMillis() {
        return restartMillis;
    }

    /** How many Configure-Requests lwIP sends before the link is dead. */
    public int maxConfigure() {
        return maxConfigure;
    }

    /** How long after connect() the link gives up if no peer answers. */
    public long windowMillis() {
        return restartMillis * maxConfigure;
    }

    public LinkSettings linkSettings() {
        // lwIP's one restart timer for every automaton; 2 Terminate-Requests and 5 Nak loops as in its ppp_opts.h
        FsmConfig timers = new FsmConfig(restartMillis, maxConfigure, 2, 5);
        // MicroPython's network_ppp.c sets usepeerdns before it connects
        return new LinkSettings(timers, true, true, true);
    }

    public static FirmwareProfile byId(String id) {
        for (FirmwareProfile profile : values()) {
            if (profile.id.equals(id.toLowerCase(Locale.ROOT))) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown firmware profile '" + id + "'; known: "
                + Arrays.stream(values()).map(FirmwareProfile::id).collect(Collectors.joining(", ")));
    }
}
