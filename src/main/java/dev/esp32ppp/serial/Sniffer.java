package dev.esp32ppp.serial;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.ppp.HdlcFraming;
import dev.esp32ppp.ppp.HdlcFrame;
import dev.esp32ppp.ppp.PppPacket;
import dev.esp32ppp.ppp.PppdNotation;
import java.util.HexFormat;

/**
 * Watches the bytes one end sends and records every HDLC frame in them as an event. It reads
 * the wire with the links' own framing layer, so it sees the frames a link would.
 */
public final class Sniffer implements HdlcFraming.Receiver {
    /** Longest packet kept: well past MRU 1500, with room for a peer that ignores the MRU. */
    private static final int MRU = 4090;

    private final String sender;
    private final EventLog log;
    private final HdlcFraming framing = new HdlcFraming(MRU, this);

    public Sniffer(String sender, EventLog log) {
        this.sender = sender;
        this.log = log;
        // a bystander knows nothing of what was agreed: it keeps every octet it sees
        framing.receiveConfig(0);
    }

    public void accept(byte[] data, int off, int len) {
        framing.accept(data, off, len);
    }

    @Override
    public void packet(PppPacket packet, HdlcFrame frame) {
        log.recordFrame(sender, EventKind.FRAME_SENT, PppdNotation.format(packet),
                new Frame(frame.content(), packet.protocol()));
    }

    @Override
    public void unusable(HdlcFrame frame) {
        PppPacket packet = frame.fcsOk() ? PppPacket.parse(frame.content()) : null;
        log.recordFrame(sender, frame.fcsOk() ? EventKind.FRAME_SENT : EventKind.FRAME_BAD, describe(frame, packet),
                new Frame(frame.content(), packet == null ? 0 : packet.protocol()));
    }

    /** A frame with no packet the framing would take: a bad FCS, a runt, or a packet past even our MRU. */
    private static String describe(HdlcFrame frame, PppPacket packet) {
        if (!frame.fcsOk()) {
            return "[bad FCS, " + frame.content().length + " octets: "
                    + HexFormat.ofDelimiter(" ").formatHex(frame.content()) + "]";
        }
        return packet == null ? "[runt frame]" : PppdNotation.format(packet);
    }
}
