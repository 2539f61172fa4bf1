package dev.esp32ppp.lab;

/**
 * A serial cable of the lab between the UARTs of two nodes; {@code other} null means the
 * first node's UART has nothing plugged into it. A passthru cable is the ULX3S's USB serial:
 * the pc's port on one side, the ESP32's UART0 or UART2 on the other, as DIP switch SW1 says.
 */
public record CableSpec(String node, String other, LineSpec line, boolean passthru) {
    public static CableSpec between(String node, String other, int baud) {
        return new CableSpec(node, other, LineSpec.at(baud), false);
    }

    public static CableSpec unplugged(String node) {
        return new CableSpec(node, null, LineSpec.at(Topologies.UART_BAUD), false);
    }

    public static CableSpec passthru(String pc, String esp32, int baud) {
        return new CableSpec(pc, esp32, LineSpec.at(baud), true);
    }

    /** The same cable with another line: another speed, noisy, impaired over time. */
    public CableSpec withLine(LineSpec settings) {
        return new CableSpec(node, other, settings, passthru);
    }
}
