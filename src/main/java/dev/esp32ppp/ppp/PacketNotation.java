package dev.esp32ppp.ppp;

/** How the packets of one control protocol read in pppd's debug log (lwIP's printpkt of a protent). */
@FunctionalInterface
interface PacketNotation {
    /**
     * @param name the protocol's name, which opens the line
     * @param information the packet's information field
     */
    String format(String name, byte[] information);
}
