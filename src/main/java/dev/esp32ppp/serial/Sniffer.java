package dev.esp32ppp.serial;

import dev.esp32ppp.lab.Event;
import dev.esp32ppp.lab.EventLog;
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
                frame.fcsOk() ? Event.FRAME_SENT : Event.FRAME_BAD, describe(frame), frame.content()));
    }

    public void accept(byte[] data, int off, int len) {
        decoder.accept(data, off, len);
    }

    public long badFcsCount() {
        return decoder.badFcsCount();
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
