package dev.esp32ppp.lab;

import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;

/**
 * A serial cable of the lab between the UARTs of two nodes; {@code other} null means the
 * first node's UART has nothing plugged into it. A passthru cable is the ULX3S's USB serial:
 * the pc's port on one side, the ESP32's UART0 or UART2 on the other, as DIP switch SW1 says.
 */
public record CableSpec(String node, String other, int baud, LineNoise noise, LineImpairments impairments,
                        boolean passthru) {
    public static CableSpec between(String node, String other, int baud) {
        return new CableSpec(node, other, baud, LineNoise.NONE, LineImpairments.NONE, false);
    }

    /** A cable whose line flips bits and loses bytes, and is impaired over time (latency, bursts, unplugging). */
    public static CableSpec impaired(String node, String other, int baud, LineNoise noise, LineImpairments impairments) {
        return new CableSpec(node, other, baud, noise, impairments, false);
    }

    public static CableSpec unplugged(String node) {
        return new CableSpec(node, null, 230400, LineNoise.NONE, LineImpairments.NONE, false);
    }

    public static CableSpec passthru(String pc, String esp32, int baud) {
        return new CableSpec(pc, esp32, baud, LineNoise.NONE, LineImpairments.NONE, true);
    }
}
