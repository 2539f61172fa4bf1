package dev.esp32ppp.api;

/**
 * A lab asked for with options that contradict each other or are unknown (a LAN host in the
 * passthru topology, an unknown pppd version, a missing file); thrown by
 * {@link Esp32PppLabBuilder#build()} before any container starts, its message naming the option.
 */
public final class LabOptionException extends IllegalArgumentException {
    /** @param message names the option and says what is wrong */
    public LabOptionException(String message) {
        super(message);
    }
}
