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

    /**
     * How far inside what the sweep expects this point was, as a fraction of the window: for a
     * point that connected, how long before the ESP32's last Configure-Request pppd started; for
     * one that gave up, how far within a tenth of the window from its end the give-up came.
     * Negative is outside; null when there is nothing to measure (pppd never started, no give-up).
     */
    public Double margin() {
        double window = firmware.windowMillis();
        if (connected()) {
            return pppdStart == null ? null : TimingWindowSweep.LAST_REQUEST - pppdStart.toMillis() / window;
        }
        return gaveUp == null ? null : TimingWindowSweep.GAVE_UP_TOLERANCE - Math.abs(gaveUp.toMillis() / window - 1);
    }
}
