package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * One end of a PPP link over an asynchronous serial line, with lwIP's behaviour: framing,
 * LCP, optional PAP, IPCP with VJ compression, IPV6CP, Protocol-Reject of anything unknown,
 * and lwIP's phases (LCP going down puts the link back in Establish; a link that ends passes
 * Disconnect to Dead). Once LCP gives up or the link terminates, the link is dead for good and
 * ignores its input. Not thread-safe: feed it from one thread, the same one its scheduler runs tasks on.
 */
public final class PppLink implements HdlcFraming.Receiver, Lcp.Listener, Ipcp.Listener, Ipv6cp.Listener,
        PapClient.Listener {
    private final LinkSettings settings;
    private final Consumer<byte[]> wire;
    private LinkListener listener;
    private final HdlcFraming framing;
    private final Lcp lcp;
    private final Fsm lcpFsm;
    private final Fsm ipcpFsm;
    private final Fsm ipv6cpFsm;
    private final PapClient pap;
    private final RouterSolicitations solicitations;
    /** The control protocols this end runs: a packet goes to the one its protocol number names. */
    private final List<ControlHandler> handlers;
    private LinkPhase phase = LinkPhase.DEAD;
    private boolean everOpened;
    private boolean closedByUser;
    private VjCompressor vjOut;
    private VjDecompressor vjIn;
    private boolean ipUp;

    public PppLink(LinkSettings settings, Scheduler scheduler, IntSupplier random, Consumer<byte[]> wire,
                   LinkListener listener) {
        this.settings = settings;
        this.wire = wire;
        this.listener = listener;
        this.framing = new HdlcFraming(Lcp.DEFAULT_MRU, this);
        PacketSender send = this::send;
        Fsm.TransitionListener transitions = (protocol, from, to) -> this.listener.transition(protocol.name(), from, to);
        this.lcp = new Lcp(send, framing, random, settings.papUser() != null, this);
        FsmConfig timers = settings.timers();
        this.lcpFsm = new Fsm(ControlProtocol.LCP, lcp, send, scheduler, timers, transitions, lcp::peerMru);
        this.ipcpFsm = new Fsm(ControlProtocol.IPCP, new Ipcp(settings.localAddress(), settings.addressForPeer(),
                settings.requestVj(), settings.usePeerDns(), this),
                send, scheduler, timers, transitions, lcp::peerMru);
        this.ipv6cpFsm = new Fsm(ControlProtocol.IPV6CP, new Ipv6cp(random, this), send, scheduler, timers,
                transitions, lcp::peerMru);
        this.pap = settings.papUser() == null ? null
                : new PapClient(send, scheduler, timers, settings.papUser(), settings.papPassword(), this);
        this.handlers = Stream.of(lcpFsm, pap, ipcpFsm, ipv6cpFsm).filter(Objects::nonNull).toList();
        this.solicitations = new RouterSolicitations(scheduler, ip -> send(PppPacket.IPV6, ip));
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

    /**
     * Ends the link, as lwIP's ppp_close(): Terminate-Request "User request", then dead. A dead
     * link says so at once; one already terminating goes on as it was.
     */
    public void close() {
        closedByUser = true;
        if (phase == LinkPhase.DEAD) {
            listener.dead(LinkEnd.CLOSED);
        } else {
            terminate("User request");
        }
    }

    /** lwIP's lcp_close(), unless the link is terminating already. */
    private void terminate(String reason) {
        if (phase != LinkPhase.TERMINATE && phase != LinkPhase.DISCONNECT) {
            setPhase(LinkPhase.TERMINATE);
            lcpFsm.close(reason);
        }
    }

    /**
     * The owner is done with the link (lwIP's ppp_free). One not dead yet goes on alone, as a
     * PCB that lwIP cannot free does: its timers still send, but it tells no one anything more.
     */
    public void release() {
        listener = new LinkListener() { };
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

    // ---- receiving ------------------------------------------------------------------------

    public void input(byte[] data, int off, int len) {
        framing.accept(data, off, len);
    }

    @Override
    public void unusable(HdlcFrame frame) {
        if (phase != LinkPhase.DEAD && !frame.fcsOk() && vjIn != null) {
            vjIn.error(); // a lost frame may have carried a VJ delta: wait for the peer to resync (RFC 1144)
        }
    }

    @Override
    public void packet(PppPacket packet, HdlcFrame frame) {
        if (phase == LinkPhase.DEAD) {
            return;
        }
        if (packet.protocol() != ControlProtocol.LCP.number() && lcpFsm.state() != FsmState.OPENED) {
            return; // RFC 1661: non-LCP packets before LCP opens are silently discarded
        }
        ControlHandler handler = handler(packet.protocol());
        if (handler != null) {
            ControlPacket control = ControlPacket.parse(packet.information());
            if (control != null) {
                handler.receive(control);
            }
            return;
        }
        switch (packet.protocol()) {
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

    /** @return what runs the control protocol of this number here, or null when this end does not run it */
    private ControlHandler handler(int protocol) {
        return handlers.stream().filter(h -> h.protocol().number() == protocol).findFirst().orElse(null);
    }

    private void deliver(byte[] ip) {
        if (ip != null && ipUp) {
            listener.datagram(ip);
        }
    }

    private void protocolReject(PppPacket packet) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(Octets.of16(packet.protocol()));
        // the rejected information, cut so the reject fits the peer's MRU
        data.write(packet.information(), 0, Math.min(packet.information().length, lcp.peerMru() - 6));
        lcpFsm.sendWithNextId(ControlPacket.PROT_REJ, data.toByteArray());
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
        wire.accept(framing.frame(protocol, information));
    }

    // ---- layer events ---------------------------------------------------------------------

    @Override
    public void lcpUp(Lcp up) {
        everOpened = true;
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
            terminate("Failed to authenticate ourselves to peer");
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

    /** lwIP's link_down: the layers above go down and the link is back in Establish. */
    @Override
    public void lcpDown() {
        if (pap != null) {
            pap.stop();
        }
        ipcpFsm.down();
        ipv6cpFsm.down();
        if (phase != LinkPhase.DEAD) {
            setPhase(LinkPhase.ESTABLISH);
        }
    }

    /** lwIP's link_terminated and ppp_link_end: through Disconnect to Dead, once. */
    @Override
    public void lcpFinished() {
        if (phase == LinkPhase.DEAD) {
            return;
        }
        setPhase(LinkPhase.DISCONNECT);
        setPhase(LinkPhase.DEAD);
        listener.dead(closedByUser ? LinkEnd.CLOSED : everOpened ? LinkEnd.LOST : LinkEnd.GAVE_UP);
    }

    @Override
    public void protocolRejected(int protocol) {
        ControlHandler handler = handler(protocol);
        // a Protocol-Reject of LCP itself means nothing: LCP runs on every link (lwIP ignores it too)
        if (handler != null && handler != lcpFsm) {
            handler.protocolRejected();
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

    /** lwIP brings up its IPv6 link-local address and solicits routers; the model carries IPv4 only. */
    @Override
    public void ipv6cpUp(byte[] localId, byte[] peerId) {
        solicitations.start(localId);
    }

    @Override
    public void ipv6cpDown() {
        solicitations.stop();
    }

    /** A Protocol-Reject from a pppd without IPv6 ends here too; IPv4 goes on. */
    @Override
    public void ipv6cpFinished() {
        solicitations.stop();
    }

    private void setPhase(LinkPhase next) {
        if (phase != next) {
            phase = next;
            listener.phase(next);
        }
    }
}
