package dev.esp32ppp.ppp;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * The ESP32's end of a link against a peer the test plays packet by packet, as pppd sends them,
 * on a clock the test moves. What the ESP32 sends is read off the wire as a bystander reads it.
 */
final class ScriptedPeer {
    final ManualScheduler clock = new ManualScheduler();
    final PppLinkTest.Recorder esp32 = new PppLinkTest.Recorder();
    final PppLink link;
    /** What the ESP32 end sent, as frames: their header octets and packets. */
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
    private final HdlcFraming peerWire = new HdlcFraming(Lcp.DEFAULT_MRU, new FrameRecorder());
    private int read;

    ScriptedPeer(LinkSettings settings) {
        this(settings, new Random(5)::nextInt);
    }

    /** @param random where the ESP32's end takes its magic numbers and interface identifiers */
    ScriptedPeer(LinkSettings settings, IntSupplier random) {
        espWire.receiveConfig(0); // every octet counts
        link = new PppLink(settings, clock, random, bytes -> espWire.accept(bytes, 0, bytes.length), esp32);
    }

    static byte[] hex(String octets) {
        return HexFormat.of().parseHex(octets.replace(" ", ""));
    }

    /** A packet from the peer, its options (or other data) in hex. */
    void send(ControlProtocol protocol, int code, int id, String data) {
        send(protocol.number(), new ControlPacket(code, id, hex(data)).encode());
    }

    void send(int protocol, byte[] information) {
        byte[] wire = peerWire.frame(protocol, information);
        link.input(wire, 0, wire.length);
    }

    /** The ESP32 connects, pppd asks what it asks in the field notes, and each acks the other: LCP is open. */
    void lcpOpened() {
        link.connect();
        send(ControlProtocol.LCP, ControlPacket.CONF_REQ, 1, "020600000000 0506c8d6870a 0702 0802");
        ControlPacket request = lastSent(ControlProtocol.LCP, ControlPacket.CONF_REQ);
        send(ControlProtocol.LCP, ControlPacket.CONF_ACK, request.id(), HexFormat.of().formatHex(request.data()));
        peerWire.sendConfig(new HdlcFraming.SendConfig(0, true, true));
        if (link.lcpState() != FsmState.OPENED) {
            throw new AssertionError("LCP did not open: " + link.lcpState());
        }
    }

    /** The ESP32's latest packet of this protocol and code. */
    ControlPacket lastSent(ControlProtocol protocol, int code) {
        return frames.stream().map(ScriptedPeer::packet).filter(p -> p.protocol() == protocol.number())
                .map(p -> ControlPacket.parse(p.information())).filter(p -> p.code() == code)
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no such packet sent"));
    }

    /** What the ESP32 sent since the last call, in pppd's notation. */
    List<String> sent() {
        return newFrames().stream().map(frame -> PppdNotation.format(packet(frame))).toList();
    }

    /** The frames the ESP32 sent since the last call. */
    List<HdlcFrame> newFrames() {
        List<HdlcFrame> fresh = List.copyOf(frames.subList(read, frames.size()));
        read = frames.size();
        return fresh;
    }

    private static PppPacket packet(HdlcFrame frame) {
        return PppPacket.parse(frame.content());
    }
}
