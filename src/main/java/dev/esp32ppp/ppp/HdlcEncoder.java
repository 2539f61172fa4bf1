package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;

/** RFC 1662 framing of one frame: FCS appended, flag, escapes per the transmit ACCM, flag. */
public final class HdlcEncoder {
    private HdlcEncoder() {
    }

    /**
     * @param content address, control, protocol and information, as the frame should read
     * @param accm the async-control-character map: bit n set means octet n (below 0x20) is escaped
     */
    public static byte[] encode(byte[] content, int accm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 2 + 4);
        out.write(HdlcDecoder.FLAG);
        for (byte b : content) {
            put(out, b & 0xff, accm);
        }
        for (byte b : Fcs16.trailer(content)) {
            put(out, b & 0xff, accm);
        }
        out.write(HdlcDecoder.FLAG);
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int octet, int accm) {
        boolean escape = octet == HdlcDecoder.FLAG || octet == HdlcDecoder.ESCAPE
                || (octet < 0x20 && (accm >>> octet & 1) != 0);
        if (escape) {
            out.write(HdlcDecoder.ESCAPE);
            out.write(octet ^ 0x20);
        } else {
            out.write(octet);
        }
    }
}
