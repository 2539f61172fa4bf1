package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * One end of a PPP link over an asynchronous serial line, with lwIP's behaviour: framing,
 * LCP, optional PAP, IPCP with VJ compression, IPV6CP, Protocol-Reject of anything unknown.
 * Once LCP gives up or the link terminates, the link is dead for good and ignores its input.
 * Not thread-safe: feed it from one thread, the same one its scheduler runs tasks on.
 */
public final class PppLink implements Lcp.Listener, Ipcp.Listener, Ipv6cp.Listener, PapClient.Listener {
    /** Address, control, protocol and FCS around the information field. */
    private static final int FRAME_OVERHEAD = 6;

    private final LinkSettings settings;
    private final Consumer<byte[]> wire;
    private final LinkListener listener;
    private final Lcp lcp;
    private final Fsm lcpFsm;
    private final Fsm ipcpFsm;
    private final Fsm ipv6cpFsm;
    private final PapClient pap;
    private final HdlcDecoder decoder;
    private LinkPhase phase = LinkPhase.DEAD;
    private boolean everOpened;
    private VjCompressor vjOut;
    private VjDecompressor vjIn;
    private boolean ipUp;
    private long protocolRejectsSent;

    public PppLink(LinkSettings settings, Scheduler scheduler, IntSupplier random, Consumer<byte[]> wire,
                   LinkListener listener) {
        this.settings = settings;
        this.wire = wire;
        this.listener = listener;
        PacketSender send = this::send;
        this.lcp = new Lcp(send, random, settings.papUser() != null, this);
        this.lcpFsm = new Fsm("LCP", PppPacket.LCP, lcp, send, scheduler, settings.lcpTimers(), transitions("LCP"),
                lcp::peerMru);
        this.ipcpFsm = new Fsm("IPCP", PppPacket.IPCP, new Ipcp(0, settings.requestVj(), this), send, scheduler,
                settings.ncpTimers(), transitions("IPCP"), lcp::peerMru);
        this.ipv6cpFsm = new Fsm("IPV6CP", PppPacket.IPV6CP, new Ipv6cp(random, this), send, scheduler,
                settings.ncpTimers(), transitions("IPV6CP"), lcp::peerMru);
        this.pap = settings.papUser() == null ? null
                : new PapClient(send, scheduler, settings.ncpTimers(), settings.papUser(), settings.papPassword(), this);
        this.decoder = new HdlcDecoder(Lcp.DEFAULT_MRU + FRAME_OVERHEAD, this::frame);
        decoder.receiveAccm(Lcp.DEFAULT_ACCM);
    }

    private java.util.function.BiConsumer<FsmState, FsmState> transitions(String protocol) {
        return (from, to) -> listener.transition(protocol, from, to);
    }

    public LinkPhase phase() {
        return phase;
    }

    /** Starts negotiating: lwIP's ppp_connect(). */
    public void connect() {
        if (phase != LinkPhase.DEAD || everOpened) {
            return;
        }
        setPhase(LinkPhase.ESTABLISH);
        lcpFsm.open();
        lcpFsm.up();
    }

    /** Ends the link: Terminate-Request, then dead. */
    public void close() {
        if (phase == LinkPhase.DEAD) {
            return;
        }
        setPhase(LinkPhase.TERMINATE);
        lcpFsm.close("User request");
    }

    public FsmState lcpState() {
        return lcpFsm.state();
    }

    public FsmState ipcpState() {
        return ipcpFsm.state();
    }

    public FsmState ipv6cpState() {
        return ipv6cpFsm.state();
    }

    public long badFcsCount() {
        return decoder.badFcsCount();
    }

    public long protocolRejectsSent() {
        return protocolRejectsSent;
    }

    public int loopbacksDetected() {
        return lcp.loopbacksDetected();
    }

    // ---- receiving ------------------------------------------------------------------------

    public void input(byte[] data, int off, int len) {
        decoder.accept(data, off, len);
    }

    private void frame(HdlcFrame frame) {
        if (phase == LinkPhase.DEAD) {
            return;
        }
        if (!frame.fcsOk()) {
            if (vjIn != null) {
                vjIn.error();
            }
            return;
        }
        PppPacket packet = PppPacket.parse(frame.content());
        if (packet == null || packet.information().length > Lcp.DEFAULT_MRU) {
            return;
        }
        if (packet.protocol() == PppPacket.LCP) {
            ControlPacket control = ControlPacket.parse(packet.information());
            if (control != null) {
                lcpFsm.receive(control);
            }
            return;
        }
        if (lcpFsm.state() != FsmState.OPENED) {
            return; // RFC 1661: non-LCP packets before LCP opens are silently discarded
        }
        switch (packet.protocol()) {
            case PppPacket.IPCP -> control(ipcpFsm, packet);
            case PppPacket.IPV6CP -> control(ipv6cpFsm, packet);
            case PppPacket.PAP -> {
                ControlPacket control = ControlPacket.parse(packet.information());
                if (pap != null && control != null) {
                    pap.receive(control);
                } else if (pap == null) {
                    protocolReject(packet);
                }
            }
            case PppPacket.IP -> {
                if (ipUp) {
                    listener.datagram(packet.information());
                }
            }
            case PppPacket.IPV6 -> {
                if (ipv6cpFsm.state() != FsmState.OPENED) {
                    protocolReject(packet);
                }
                // with IPV6CP open the datagram is taken and dropped: the model carries IPv4 only
            }
            case PppPacket.VJ_COMPRESSED -> deliver(vjIn == null ? null : vjIn.compressed(packet.information()));
            case PppPacket.VJ_UNCOMPRESSED -> deliver(vjIn == null ? null : vjIn.uncompressed(packet.information()));
            default -> protocolReject(packet);
        }
    }

    private void deliver(byte[] ip) {
        if (ip != null && ipUp) {
            listener.datagram(ip);
        }
    }

    private static void control(Fsm fsm, PppPacket packet) {
        ControlPacket control = ControlPacket.parse(packet.information());
        if (control != null) {
            fsm.receive(control);
        }
    }

    private void protocolReject(PppPacket packet) {
        protocolRejectsSent++;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(Octets.of16(packet.protocol()));
        // the rejected information, cut so the reject fits the peer's MRU
        data.write(packet.information(), 0, Math.min(packet.information().length, lcp.peerMru() - 6));
        send(PppPacket.LCP, new ControlPacket(ControlPacket.PROT_REJ, (int) (protocolRejectsSent & 0xff),
                data.toByteArray()).encode());
    }

    // ---- sending --------------------------------------------------------------------------

    /** Sends an IPv4 datagram if the link carries IP; VJ-compresses TCP when the peer asked for it. */
    public boolean sendDatagram(byte[] ip) {
        if (!ipUp) {
            return false;
        }
        if (vjOut != null) {
            VjCompressor.Output out = vjOut.compress(ip);
            send(out.protocol(), out.packet());
        } else {
            send(PppPacket.IP, ip);
        }
        return true;
    }

    private void send(int protocol, byte[] information) {
        boolean lcpPacket = protocol == PppPacket.LCP;
        boolean negotiated = lcpFsm.state() == FsmState.OPENED && !lcpPacket;
        ByteArrayOutputStream content = new ByteArrayOutputStream(information.length + 4);
        if (!(negotiated && lcp.sendCompressedAddressControl())) {
            content.write(0xff);
            content.write(0x03);
        }
        if (negotiated && lcp.sendCompressedProtocol() && protocol < 0x100) {
            content.write(protocol);
        } else {
            content.writeBytes(Octets.of16(protocol));
        }
        content.writeBytes(information);
        wire.accept(HdlcEncoder.encode(content.toByteArray(), negotiated ? lcp.transmitAccm() : Lcp.DEFAULT_ACCM));
    }

    // ---- layer events ---------------------------------------------------------------------

    @Override
    public void lcpUp(Lcp up) {
        everOpened = true;
        decoder.receiveAccm(up.receiveAccm());
        if (pap != null && up.papRequired()) {
            setPhase(LinkPhase.AUTHENTICATE);
            pap.start();
        } else {
            startNetwork();
        }
    }

    @Override
    public void papDone(boolean accepted) {
        if (accepted) {
            startNetwork();
        } else {
            close();
        }
    }

    private void startNetwork() {
        setPhase(LinkPhase.NETWORK);
        ipcpFsm.open();
        ipcpFsm.up();
        if (settings.ipv6()) {
            ipv6cpFsm.open();
            ipv6cpFsm.up();
        }
    }

    @Override
    public void lcpDown() {
        decoder.receiveAccm(Lcp.DEFAULT_ACCM);
        if (pap != null) {
            pap.stop();
        }
        ipcpFsm.down();
        ipv6cpFsm.down();
    }

    @Override
    public void lcpFinished() {
        boolean gaveUp = !everOpened;
        setPhase(LinkPhase.DEAD);
        if (gaveUp) {
            listener.gaveUp();
        }
    }

    @Override
    public void protocolRejected(int protocol) {
        switch (protocol) {
            case PppPacket.IPCP -> ipcpFsm.rejectedCatastrophically();
            case PppPacket.IPV6CP -> ipv6cpFsm.rejectedCatastrophically();
            default -> { }
        }
    }

    @Override
    public void ipcpUp(Ipcp.Result result) {
        vjOut = result.sendVj() == null ? null
                : new VjCompressor(result.sendVj().maxSlotId(), result.sendVj().compressSlotId());
        vjIn = result.receiveVj() == null ? null : new VjDecompressor(result.receiveVj().maxSlotId());
        ipUp = true;
        setPhase(LinkPhase.RUNNING);
        listener.ipUp(result);
    }

    @Override
    public void ipcpDown() {
        if (ipUp) {
            ipUp = false;
            listener.ipDown();
        }
    }

    @Override
    public void ipcpFinished() {
        ipcpDown();
    }

    @Override
    public void ipv6cpUp(byte[] localId, byte[] peerId) {
        // lwIP brings up its IPv6 link-local address; the model carries IPv4 only
    }

    @Override
    public void ipv6cpFinished() {
        // a Protocol-Reject from a pppd without IPv6 ends here; IPv4 goes on
    }

    private void setPhase(LinkPhase next) {
        if (phase != next) {
            phase = next;
            listener.phase(next);
        }
    }
}
