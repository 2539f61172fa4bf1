package dev.esp32ppp.serial;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.events.Frame;
import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcFrame;
import dev.esp32ppp.ppp.PppPacket;
import dev.esp32ppp.ppp.PppdNotation;
import java.util.HexFormat;

/** Watches the bytes one end sends and records every HDLC frame in them as an event. */
public final class Sniffer {
    /** Longest frame kept: MRU 1500 plus header and FCS, with room for a peer that ignores MRU. */
    private static final int MAX_FRAME = 4096;

    private final HdlcDecoder decoder;

    public Sniffer(String sender, EventLog log) {
        this.decoder = new HdlcDecoder(MAX_FRAME, frame -> log.recordFrame(sender,
                frame.fcsOk() ? EventKind.FRAME_SENT : EventKind.FRAME_BAD, describe(frame),
                new Frame(frame.content(), protocol(frame))));
    }

    public void accept(byte[] data, int off, int len) {
        decoder.accept(data, off, len);
    }

    public long badFcsCount() {
        return decoder.badFcsCount();
    }

    /** The protocol number of the frame's packet; 0 when it holds none. */
    private static int protocol(HdlcFrame frame) {
        PppPacket packet = frame.fcsOk() ? PppPacket.parse(frame.content()) : null;
        return packet == null ? 0 : packet.protocol();
    }

    static String describe(HdlcFrame frame) {
        if (!frame.fcsOk()) {
            return "[bad FCS, " + frame.content().length + " octets: "
                    + HexFormat.ofDelimiter(" ").formatHex(frame.content()) + "]";
        }
        PppPacket packet = PppPacket.parse(frame.content());
        return packet == null ? "[runt frame]" : PppdNotation.format(packet);
    }
}
