package dev.esp32ppp.ppp;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * LCP as lwIP runs it: asks for ACCM 0, a magic number, PFC and ACFC (MRU 1500 is the default,
 * so it is not sent); accepts the peer's MRU, ACCM, magic, PFC and ACFC; detects a looped-back
 * line by its own magic number; takes PAP when it has credentials; answers Echo-Requests. What
 * it agreed goes to the framing when it opens, and the framing's defaults come back when it goes down.
 */
public final class Lcp extends OptionNegotiation {
    public static final int DEFAULT_MRU = 1500;

    /** What the link learns from LCP and what it must do about it. */
    public interface Listener {
        void lcpUp(Lcp lcp);

        void lcpDown();

        void lcpFinished();

        /** The peer rejected one of our protocols. */
        void protocolRejected(int protocol);
    }

    private final PacketSender sender;
    private final HdlcFraming framing;
    private final IntSupplier random;
    private final boolean canPap;
    private final Listener listener;

    private int magic;
    private boolean askAccm;
    private boolean askMagic;
    private boolean askPfc;
    private boolean askAcfc;
    private int loopbacks;

    // what the peer asked of us and we acked: how we must send
    private int peerMru;
    private int peerAccm;
    private boolean peerPfc;
    private boolean peerAcfc;
    private boolean papRequired;
    private long echoRepliesReceived;

    /**
     * @param framing the link's framing, which this LCP configures
     * @param random a source of magic numbers (RFC 1661 section 6.4)
     */
    public Lcp(PacketSender sender, HdlcFraming framing, IntSupplier random, boolean canPap, Listener listener) {
        this.sender = sender;
        this.framing = framing;
        this.random = random;
        this.canPap = canPap;
        this.listener = listener;
        resetOptions();
    }

    @Override
    public void resetOptions() {
        askAccm = true;
        askMagic = true;
        askPfc = true;
        askAcfc = true;
        magic = newMagic();
        peerMru = DEFAULT_MRU;
        peerAccm = HdlcFraming.DEFAULT_ACCM;
        peerPfc = false;
        peerAcfc = false;
        papRequired = false;
    }

    private int newMagic() {
        int value;
        do {
            value = random.getAsInt();
        } while (value == 0);
        return value;
    }

    @Override
    protected void request(List<ControlPacket.Option> options) {
        if (askAccm) {
            options.add(new ControlPacket.Option(LcpOptions.ACCM, Octets.of32(0)));
        }
        if (askMagic) {
            options.add(new ControlPacket.Option(LcpOptions.MAGIC, Octets.of32(magic)));
        }
        if (askPfc) {
            options.add(new ControlPacket.Option(LcpOptions.PFC, new byte[0]));
        }
        if (askAcfc) {
            options.add(new ControlPacket.Option(LcpOptions.ACFC, new byte[0]));
        }
    }

    @Override
    protected Runnable judge(List<ControlPacket.Option> options, VerdictBuilder verdict) {
        int mru = DEFAULT_MRU;
        int accm = HdlcFraming.DEFAULT_ACCM;
        boolean pfc = false;
        boolean acfc = false;
        boolean pap = false;
        for (ControlPacket.Option option : options) {
            byte[] v = option.value();
            switch (option.type()) {
                case LcpOptions.MRU -> {
                    if (v.length != 2) {
                        verdict.reject(option);
                    } else if (Octets.uint16(v, 0) < 128) {
                        verdict.nak(option, Octets.of16(DEFAULT_MRU));
                    } else {
                        mru = Octets.uint16(v, 0);
                    }
                }
                case LcpOptions.ACCM -> {
                    if (v.length != 4) {
                        verdict.reject(option);
                    } else {
                        accm = Octets.int32(v, 0);
                    }
                }
                case LcpOptions.MAGIC -> {
                    if (v.length != 4) {
                        verdict.reject(option);
                    } else if (askMagic && Octets.int32(v, 0) == magic) {
                        // our own magic came back: the line may be looped; both sides pick anew
                        loopbacks++;
                        magic = newMagic();
                        verdict.nak(option, Octets.of32(newMagic()));
                    }
                }
                case LcpOptions.PFC -> {
                    if (v.length != 0) {
                        verdict.reject(option);
                    } else {
                        pfc = true;
                    }
                }
                case LcpOptions.ACFC -> {
                    if (v.length != 0) {
                        verdict.reject(option);
                    } else {
                        acfc = true;
                    }
                }
                case LcpOptions.AUTH -> {
                    boolean isPap = v.length == 2 && Octets.uint16(v, 0) == ControlProtocol.PAP.number();
                    // too short to name a protocol: Reject, as pppd does (a Nak would outgrow the request)
                    if (!canPap || v.length < 2) {
                        verdict.reject(option);
                    } else if (!isPap) {
                        verdict.nak(option, Octets.of16(ControlProtocol.PAP.number()));
                    } else {
                        pap = true;
                    }
                }
                default -> verdict.reject(option);
            }
        }
        int ackedMru = mru;
        int ackedAccm = accm;
        boolean ackedPfc = pfc;
        boolean ackedAcfc = acfc;
        boolean ackedPap = pap;
        return () -> {
            peerMru = ackedMru;
            peerAccm = ackedAccm;
            peerPfc = ackedPfc;
            peerAcfc = ackedAcfc;
            papRequired = ackedPap;
        };
    }

    @Override
    protected void naked(ControlPacket.Option option, boolean rejected) {
        switch (option.type()) {
            case LcpOptions.ACCM -> askAccm = !rejected && askAccm;
            case LcpOptions.MAGIC -> {
                if (rejected) {
                    askMagic = false;
                } else {
                    magic = newMagic();
                }
            }
            case LcpOptions.PFC -> askPfc = false;
            case LcpOptions.ACFC -> askAcfc = false;
            default -> { /* we never asked for it: ignore */ }
        }
    }

    @Override
    public boolean extraCode(ControlPacket packet, FsmState state) {
        switch (packet.code()) {
            case ControlPacket.ECHO_REQ -> {
                if (state == FsmState.OPENED && packet.data().length >= 4) {
                    byte[] reply = packet.data().clone();
                    System.arraycopy(Octets.of32(askMagic ? magic : 0), 0, reply, 0, 4);
                    sender.send(ControlProtocol.LCP.number(),
                            new ControlPacket(ControlPacket.ECHO_REP, packet.id(), reply).encode());
                }
                return true;
            }
            case ControlPacket.ECHO_REP -> {
                echoRepliesReceived++;
                return true;
            }
            case ControlPacket.DISC_REQ -> {
                return true;
            }
            case ControlPacket.PROT_REJ -> {
                if (state == FsmState.OPENED && packet.data().length >= 2) {
                    listener.protocolRejected(Octets.uint16(packet.data(), 0));
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public void up() {
        framing.sendConfig(new HdlcFraming.SendConfig(transmitAccm(), sendCompressedProtocol(),
                sendCompressedAddressControl()));
        // the map we asked the peer to escape by: 0 once acked, else all
        framing.receiveConfig(askAccm ? 0 : HdlcFraming.DEFAULT_ACCM);
        listener.lcpUp(this);
    }

    @Override
    public void down() {
        framing.defaults();
        listener.lcpDown();
    }

    @Override
    public void started() {
        // the serial line is always there: nothing to start
    }

    @Override
    public void finished() {
        listener.lcpFinished();
    }

    public int magic() {
        return magic;
    }

    public int loopbacksDetected() {
        return loopbacks;
    }

    /** What the peer asked of us and we acked: the map to escape by when sending. */
    public int transmitAccm() {
        return peerAccm;
    }

    public int peerMru() {
        return peerMru;
    }

    public boolean sendCompressedProtocol() {
        return peerPfc;
    }

    public boolean sendCompressedAddressControl() {
        return peerAcfc;
    }

    public boolean papRequired() {
        return papRequired;
    }

    public long echoRepliesReceived() {
        return echoRepliesReceived;
    }
}
