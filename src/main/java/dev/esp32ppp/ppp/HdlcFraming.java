package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;

/**
 * The framing layer of a PPP link on an asynchronous serial line (RFC 1662), kept apart from the
 * protocols above it as lwIP's pppos is: it turns packets into escaped, checksummed frames and
 * bytes back into packets. How it frames is what LCP agreed: LCP hands it the send and receive
 * settings when it opens and puts the defaults back when it goes down (lwIP's
 * {@code send_config} and {@code recv_config}). The lab's sniffer reads the wire with this class
 * too, so both see the same frames. Not thread-safe.
 */
public final class HdlcFraming {
    /** Until LCP opens, every control character is escaped (RFC 1662 section 7.1). */
    public static final int DEFAULT_ACCM = 0xffffffff;
    /** Address, control, protocol and FCS around the information field. */
    private static final int OVERHEAD = 6;

    /**
     * How packets go out: the peer's async-control-character map and whether it takes a one-octet
     * protocol field (PFC) and frames without address and control (ACFC).
     */
    public record SendConfig(int accm, boolean protocolCompression, boolean addressControlCompression) {
        /** Before LCP opens: every control character escaped, nothing compressed. */
        public static final SendConfig DEFAULTS = new SendConfig(DEFAULT_ACCM, false, false);
    }

    /** Where received frames go. */
    public interface Receiver {
        /** A frame whose FCS held, carrying a packet no longer than the MRU. */
        void packet(PppPacket packet, HdlcFrame frame);

        /** A frame with no packet to take: its FCS failed, it is too short to name a protocol, or it exceeds the MRU. */
        void unusable(HdlcFrame frame);
    }

    private final int mru;
    private final Receiver receiver;
    private final HdlcDecoder decoder;
    private SendConfig send = SendConfig.DEFAULTS;

    /** @param mru the longest information field taken (the model never asks the peer for another MRU) */
    public HdlcFraming(int mru, Receiver receiver) {
        this.mru = mru;
        this.receiver = receiver;
        this.decoder = new HdlcDecoder(mru + OVERHEAD, this::frame);
        decoder.receiveAccm(DEFAULT_ACCM);
    }

    /** LCP opened: how the peer wants to receive. */
    public void sendConfig(SendConfig config) {
        this.send = config;
    }

    /**
     * LCP opened: the map the peer agreed to escape by; control characters in it that arrive bare
     * were added by the line and are dropped. 0 keeps every octet.
     */
    public void receiveConfig(int accm) {
        decoder.receiveAccm(accm);
    }

    /** LCP went down: back to the defaults, for whatever negotiation comes next. */
    public void defaults() {
        send = SendConfig.DEFAULTS;
        decoder.receiveAccm(DEFAULT_ACCM);
    }

    // ---- sending --------------------------------------------------------------------------

    /**
     * One packet as a frame on the wire, with the flags. A control protocol's packet keeps address,
     * control and its two-octet protocol whatever was agreed, as lwIP writes them (RFC 1661
     * sections 6.5 and 6.6 forbid compressing LCP's, and lwIP builds every control packet the same
     * way); every frame is escaped by the map of the moment, as lwIP's pppos does (LCP going down
     * puts the full map back before its Terminate-Request or -Ack goes out).
     */
    public byte[] frame(int protocol, byte[] information) {
        boolean control = ControlProtocol.of(protocol).isPresent();
        ByteArrayOutputStream content = new ByteArrayOutputStream(information.length + 4);
        if (control || !send.addressControlCompression()) {
            content.write(0xff);
            content.write(0x03);
        }
        if (!control && send.protocolCompression() && protocol < 0x100) {
            content.write(protocol);
        } else {
            content.writeBytes(Octets.of16(protocol));
        }
        content.writeBytes(information);
        return HdlcEncoder.encode(content.toByteArray(), send.accm());
    }

    // ---- receiving ------------------------------------------------------------------------

    /** Bytes from the wire, in pieces of any size. */
    public void accept(byte[] data, int off, int len) {
        decoder.accept(data, off, len);
    }

    private void frame(HdlcFrame frame) {
        PppPacket packet = frame.fcsOk() ? PppPacket.parse(frame.content()) : null;
        if (packet == null || packet.information().length > mru) {
            receiver.unusable(frame);
        } else {
            receiver.packet(packet, frame);
        }
    }
}
