package dev.esp32ppp.ppp;

/** How PAP packets read: the code and id, then whatever follows the header in hex. */
final class PapNotation {
    private static final String[] CODES = {null, "AuthReq", "AuthAck", "AuthNak"};

    private PapNotation() {
    }

    static String format(String name, byte[] p) {
        if (p.length < 4) {
            return PppdNotation.shortPacket(name, p);
        }
        return PppdNotation.header(name, CODES, p) + PppdNotation.hex(p, 4) + "]";
    }
}
