package dev.esp32ppp.e2e;

import dev.esp32ppp.ppp.Fcs16;
import dev.esp32ppp.ppp.HdlcDecoder;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * How lwIP 2.1.3's {@code pppos_input} (netif/ppp/pppos.c) reads the line into frames, as far as
 * {@link KnownLwipCrashes} needs it: flags, escapes, the control characters its receive map drops
 * (all of them until LCP opens, none once it has opened with lwIP's asyncmap 0), the address,
 * control and protocol fields (compressed or not) and the FCS. At each flag it does what lwIP
 * does with the frame the flag closes: nothing, drop it, hand it on, or crash. Written from
 * reading lwIP's code, not copied from it.
 */
final class LwipPpposInput {
    /** lwIP's receive states; PDSTART, which it only passes through on the way from PDIDLE, is left out. */
    private enum State { IDLE, ADDRESS, CONTROL, PROTOCOL1, PROTOCOL2, DATA }

    /** A frame lwIP hands to {@code ppp_input}: its protocol, and its information with the FCS trimmed off. */
    record Packet(int protocol, byte[] information) {
    }

    private final boolean dropsControlCharacters;
    private State state;
    private int fcs = Fcs16.INITIAL;
    private boolean escaped;
    private int protocol;
    /** The frame's octets from its information on, FCS included. */
    private ByteArrayOutputStream data = new ByteArrayOutputStream();

    private LwipPpposInput(boolean dropsControlCharacters, State state) {
        this.dropsControlCharacters = dropsControlCharacters;
        this.state = state;
    }

    /**
     * lwIP's reader at {@code connect()} (before the first flag it takes only a frame that opens
     * with the all-stations address), or after a flag.
     *
     * @param dropsControlCharacters whether its receive map names every control character (LCP not open)
     */
    static LwipPpposInput of(boolean dropsControlCharacters, boolean atConnect) {
        return new LwipPpposInput(dropsControlCharacters, atConnect ? State.IDLE : State.ADDRESS);
    }

    /** The same reader, to try octets on without moving this one. */
    LwipPpposInput copy() {
        LwipPpposInput copy = new LwipPpposInput(dropsControlCharacters, state);
        copy.fcs = fcs;
        copy.escaped = escaped;
        copy.protocol = protocol;
        copy.data.writeBytes(data.toByteArray());
        return copy;
    }

    /**
     * Reads octets as lwIP does; every frame it hands on goes to {@code packets}.
     *
     * @return false when a flag closed a frame with a good FCS before its first information
     *         octet: lwIP has no buffer for it and crashes; the octets after it are not read
     */
    boolean read(byte[] octets, Consumer<Packet> packets) {
        for (byte octet : octets) {
            if (!read(octet & 0xff, packets)) {
                return false;
            }
        }
        return true;
    }

    private boolean read(int octet, Consumer<Packet> packets) {
        if (octet == HdlcDecoder.ESCAPE) {
            escaped = true;
            return true;
        }
        if (octet == HdlcDecoder.FLAG) {
            boolean survives = close(packets);
            state = State.ADDRESS;
            fcs = Fcs16.INITIAL;
            escaped = false;
            data = new ByteArrayOutputStream();
            return survives;
        }
        if (octet < 0x20 && dropsControlCharacters) {
            return true; // an escape before it stays pending, as in lwIP
        }
        int c = escaped ? octet ^ 0x20 : octet;
        escaped = false;
        switch (state) {
            case IDLE -> {
                if (c == 0xff) {
                    fcs = Fcs16.INITIAL;
                    state = State.CONTROL;
                }
            }
            case ADDRESS -> state = c == 0xff ? State.CONTROL : afterControl(c);
            case CONTROL -> state = afterControl(c);
            case PROTOCOL1 -> state = protocolStart(c);
            case PROTOCOL2 -> {
                protocol |= c;
                state = State.DATA;
            }
            case DATA -> data.write(c);
        }
        fcs = Fcs16.update(fcs, c);
        return true;
    }

    /** Without 03 the control field was compressed away: the octet starts the protocol. */
    private State afterControl(int c) {
        return c == 0x03 ? State.PROTOCOL1 : protocolStart(c);
    }

    /** An odd first protocol octet is the whole (compressed) field. */
    private State protocolStart(int c) {
        protocol = (c & 1) != 0 ? c : c << 8;
        return (c & 1) != 0 ? State.DATA : State.PROTOCOL2;
    }

    /** What lwIP does at a flag (pppos.c 516-563): a frame without information has no buffer to trim the FCS off. */
    private boolean close(Consumer<Packet> packets) {
        if (state != State.DATA || fcs != Fcs16.GOOD) {
            return true; // nothing to close, the header incomplete, or a bad FCS: dropped
        }
        byte[] octets = data.toByteArray();
        if (octets.length == 0) {
            return false;
        }
        packets.accept(new Packet(protocol, Arrays.copyOf(octets, Math.max(0, octets.length - 2))));
        return true;
    }
}
