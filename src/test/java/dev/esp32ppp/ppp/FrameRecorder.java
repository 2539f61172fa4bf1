package dev.esp32ppp.ppp;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a framing layer hands on: the packets, and the frames it could not take. */
final class FrameRecorder implements HdlcFraming.Receiver {
    final List<PppPacket> packets = new ArrayList<>();
    final List<HdlcFrame> unusable = new ArrayList<>();

    @Override
    public void packet(PppPacket packet, HdlcFrame frame) {
        packets.add(packet);
    }

    @Override
    public void unusable(HdlcFrame frame) {
        unusable.add(frame);
    }
}
