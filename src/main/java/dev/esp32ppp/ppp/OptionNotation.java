package dev.esp32ppp.ppp;

/** How the configuration options of one protocol read in pppd's debug log, e.g. {@code asyncmap 0x0}. */
@FunctionalInterface
interface OptionNotation {
    /** @return the option in pppd's words, or null when it is unknown or malformed (it then prints in hex) */
    String describe(ControlPacket.Option option);
}
