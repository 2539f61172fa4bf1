package dev.esp32ppp.scenario;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.time.Duration;

/**
 * One point of a timing-window sweep, times measured on the lab's clock from the ESP32's
 * connect(): when pppd started, when IPCP came up, when the ESP32 gave up (null if it did not).
 *
 * @param offset pppd's start as a fraction of the firmware's window (negative: pppd first)
 */
public record WindowPoint(FirmwareProfile firmware, double offset, Duration pppdStart, Duration ipcpUp,
                          Duration gaveUp) {
    public boolean connected() {
        return ipcpUp != null;
    }
}
