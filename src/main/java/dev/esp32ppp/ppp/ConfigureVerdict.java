package dev.esp32ppp.ppp;

/**
 * How a layer answers a peer's Configure-Request: Ack (all options as sent), Nak (the listed
 * options with values we would accept) or Reject (the listed options are not negotiable).
 */
public record ConfigureVerdict(int code, byte[] options) {
    public static ConfigureVerdict ack(byte[] requested) {
        return new ConfigureVerdict(ControlPacket.CONF_ACK, requested);
    }

    public static ConfigureVerdict nak(byte[] options) {
        return new ConfigureVerdict(ControlPacket.CONF_NAK, options);
    }

    public static ConfigureVerdict reject(byte[] options) {
        return new ConfigureVerdict(ControlPacket.CONF_REJ, options);
    }

    public boolean isAck() {
        return code == ControlPacket.CONF_ACK;
    }
}
