package dev.esp32ppp.ppp;

/** Where a protocol layer hands its packets to be framed and sent. */
@FunctionalInterface
public interface PacketSender {
    void send(int protocol, byte[] information);
}
