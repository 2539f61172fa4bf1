package dev.esp32ppp.events;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A frame that crossed a serial cable, as its sniffer took it. Two frames are equal when their
 * octets and protocol are (a record compares arrays by identity).
 *
 * @param content the frame's octets, unescaped, FCS removed
 * @param protocol the PPP protocol number of its packet, e.g. 0xc021 for LCP; 0 when it holds
 *                 none (a bad FCS, a runt)
 */
public record Frame(byte[] content, int protocol) implements EventData {
    @Override
    public boolean equals(Object o) {
        return o instanceof Frame other && protocol == other.protocol && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(content) + protocol;
    }

    @Override
    public String toString() {
        return "Frame[content=" + HexFormat.of().formatHex(content) + ", protocol=0x" + Integer.toHexString(protocol) + "]";
    }
}
