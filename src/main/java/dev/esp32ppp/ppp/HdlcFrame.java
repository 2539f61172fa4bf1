package dev.esp32ppp.ppp;

/** One frame found between two flags: its octets after unescaping, FCS removed, and whether the FCS held. */
public record HdlcFrame(byte[] content, boolean fcsOk) {
}
