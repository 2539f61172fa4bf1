package dev.esp32ppp.ppp;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * pppd's end of the serial line, played by a test packet by packet against the ESP32's end: it
 * frames what the test sends as pppd does and reads what the ESP32 sends as a bystander would.
 */
public final class PppdScript {
    private final Consumer<byte[]> toEsp32;
    /** What the ESP32 end sent, frame by frame. */
    private final List<HdlcFrame> frames = new ArrayList<>();
    private final HdlcFraming espWire = new HdlcFraming(Lcp.DEFAULT_MRU, new HdlcFraming.Receiver() {
        @Override
        public void packet(PppPacket packet, HdlcFrame frame) {
            frames.add(frame);
        }

        @Override
        public void unusable(HdlcFrame frame) {
            throw new AssertionError("the ESP32 sent a frame no one can read");
        }
    });
    /** How pppd frames: every control character escaped until LCP is open, then ACCM 0, PFC, ACFC. */
    private final HdlcFraming pppdWire = new HdlcFraming(Lcp.DEFAULT_MRU, new FrameRecorder());
    /** Linux's ppp_async sends LCP's codes 1 to 7 as though nothing was negotiated. */
    private final HdlcFraming pppdLcpWire = new HdlcFraming(Lcp.DEFAULT_MRU, new FrameRecorder());
    private int read;

    /** @param toEsp32 where pppd's bytes go: the ESP32's end of the line */
    public PppdScript(Consumer<byte[]> toEsp32) {
        this.toEsp32 = toEsp32;
        espWire.receiveConfig(0); // every octet counts
    }

    public static byte[] hex(String octets) {
        return HexFormat.of().parseHex(octets.replace(" ", ""));
    }

    /** The ESP32's end of the line: give it what the ESP32 writes. */
    public void fromEsp32(byte[] bytes) {
        espWire.accept(bytes, 0, bytes.length);
    }

    /** A packet from pppd, its options (or other data) in hex. */
    public void send(ControlProtocol protocol, int code, int id, String data) {
        send(protocol.number(), new ControlPacket(code, id, hex(data)).encode());
    }

    public void send(int protocol, byte[] information) {
        boolean lcpNegotiation = protocol == ControlProtocol.LCP.number() && information.length > 0
                && information[0] >= ControlPacket.CONF_REQ && information[0] <= ControlPacket.CODE_REJ;
        toEsp32.accept((lcpNegotiation ? pppdLcpWire : pppdWire).frame(protocol, information));
    }

    /** Bytes as they are, e.g. noise on the line. */
    public void sendRaw(byte[] bytes) {
        toEsp32.accept(bytes);
    }

    /** pppd asks what it asks in the field notes and acks the ESP32's request, which must have gone out. */
    public void openLcp() {
        pppdWire.defaults();
        send(ControlProtocol.LCP, ControlPacket.CONF_REQ, 1, "020600000000 0506c8d6870a 0702 0802");
        ControlPacket request = lastSent(ControlProtocol.LCP, ControlPacket.CONF_REQ);
        send(ControlProtocol.LCP.number(), new ControlPacket(ControlPacket.CONF_ACK, request.id(), request.data()).encode());
        pppdWire.sendConfig(new HdlcFraming.SendConfig(0, true, true));
    }

    /** pppd's IPCP as in the field notes: it asks for 10.0.5.2, rejects the name servers and gives 10.0.5.1. */
    public void openIpcp() {
        String vj = "0206002d0f01";
        send(ControlProtocol.IPCP, ControlPacket.CONF_REQ, 1, vj + "03060a000502");
        send(ControlProtocol.IPCP, ControlPacket.CONF_REJ, 1, "810600000000 830600000000");
        send(ControlProtocol.IPCP, ControlPacket.CONF_NAK, 2, "03060a000501");
        send(ControlProtocol.IPCP, ControlPacket.CONF_ACK, 3, vj + "03060a000501");
    }

    /** The ESP32's latest packet of this protocol and code. */
    public ControlPacket lastSent(ControlProtocol protocol, int code) {
        return frames.stream().map(PppdScript::packet).filter(p -> p.protocol() == protocol.number())
                .map(p -> ControlPacket.parse(p.information())).filter(p -> p.code() == code)
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no such packet sent"));
    }

    /** What the ESP32 sent since the last call, in pppd's notation. */
    public List<String> sent() {
        List<String> fresh = frames.subList(read, frames.size()).stream()
                .map(frame -> PppdNotation.format(packet(frame))).toList();
        read = frames.size();
        return fresh;
    }

    private static PppPacket packet(HdlcFrame frame) {
        return PppPacket.parse(frame.content());
    }
}
