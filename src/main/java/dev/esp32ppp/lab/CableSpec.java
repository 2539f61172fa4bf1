package dev.esp32ppp.lab;

/**
 * A serial cable of the lab between the UARTs of two nodes; {@code other} null means the
 * first node's UART has nothing plugged into it.
 */
public record CableSpec(String node, String other, int baud) {
    public static CableSpec between(String node, String other, int baud) {
        return new CableSpec(node, other, baud);
    }

    public static CableSpec unplugged(String node) {
        return new CableSpec(node, null, 230400);
    }
}
