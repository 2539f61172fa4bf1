package dev.esp32ppp.events;

/**
 * A frame that crossed a serial cable, as its sniffer took it.
 *
 * @param content the frame's octets, unescaped, FCS removed
 * @param protocol the PPP protocol number of its packet, e.g. 0xc021 for LCP; 0 when it holds
 *                 none (a bad FCS, a runt)
 */
public record Frame(byte[] content, int protocol) implements EventData {
}
