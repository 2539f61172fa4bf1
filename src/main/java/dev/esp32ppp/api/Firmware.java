package dev.esp32ppp.api;

import dev.esp32ppp.esp32.FirmwareProfile;

/** The ESP32's MicroPython firmware, as the field notes name the builds. */
public enum Firmware {
    /** The official v1.13 build (ESP-IDF v3): no IP forwarding, a PPP window of about 10 s. */
    IDF3_OFFICIAL(FirmwareProfile.IDF3_OFFICIAL),
    /** The notes' pnr5 rebuild with IP_FORWARD=1 (routes between PPP and WiFi, no NAT), a window of about 15 s. */
    PNR5_IPFORWARD(FirmwareProfile.PNR5_IPFORWARD),
    /** lwIP's timers as its source has them: ConfReq every 6 s, 10 of them, about 60 s. */
    LWIP_SOURCE(FirmwareProfile.LWIP_SOURCE);

    private final FirmwareProfile profile;

    Firmware(FirmwareProfile profile) {
        this.profile = profile;
    }

    /**
     * The firmware by the id scenario files and the command line give it, e.g. {@code pnr5-ipforward}.
     *
     * @throws IllegalArgumentException naming the known ids, for another
     */
    public static Firmware byId(String id) {
        return PublicTwin.of(values(), Firmware::profile, FirmwareProfile.byId(id));
    }

    FirmwareProfile profile() {
        return profile;
    }
}
