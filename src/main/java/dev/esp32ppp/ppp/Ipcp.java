package dev.esp32ppp.ppp;

import java.util.List;

/**
 * IPCP (RFC 1332) as lwIP's client side runs it: asks for Van Jacobson compression {@code 0f 01}
 * (16 slots, slot-id compression), for address 0.0.0.0 so the peer assigns one and, with
 * usepeerdns, for the peer's name servers (RFC 1877, 0.0.0.0 each: a peer that has none rejects
 * them); takes the peer's address and VJ request; rejects what it does not know (a peer's wish
 * for name servers among it: this end has none to give). A peer that asks for 0.0.0.0 gets the
 * address this end has for it (a Nak, as lwIP with a hisaddr set), or a Reject when it has none.
 */
public final class Ipcp extends OptionNegotiation {
    public static final int VJ_PROTOCOL = 0x002d;
    public static final int VJ_MAX_SLOT_ID = 15;

    /**
     * The outcome of a successful negotiation.
     * @param primaryDns the first name server the peer gave, 0 when none (lwIP then leaves its own alone)
     */
    public record Result(int localAddress, int peerAddress, VjParameters sendVj, VjParameters receiveVj,
                         int primaryDns) {
    }

    /** What a VJ option carries: the highest slot id and whether slot ids may be left out. */
    public record VjParameters(int maxSlotId, boolean compressSlotId) {
    }

    public interface Listener {
        void ipcpUp(Result result);

        void ipcpDown();

        void ipcpFinished();
    }

    private final Listener listener;
    private final int wantedAddress;
    private final int addressForPeer;
    private final boolean wantVj;
    private final boolean wantDns;

    private int localAddress;
    private boolean askAddress;
    private boolean askVj;
    /** The name servers asked for, 0.0.0.0 until the peer Naks with its own; null once rejected. */
    private Integer askDns1;
    private Integer askDns2;
    private VjParameters receiveVj;
    private int peerAddress;
    private VjParameters sendVj;

    /**
     * @param wantedAddress the address to ask for; 0 asks the peer to assign one, as lwIP does
     * @param addressForPeer the address to give a peer that asks for 0.0.0.0; 0 when this end has none
     * @param wantDns whether to ask for the peer's name servers (lwIP's usepeerdns)
     */
    public Ipcp(int wantedAddress, int addressForPeer, boolean wantVj, boolean wantDns, Listener listener) {
        this.wantedAddress = wantedAddress;
        this.addressForPeer = addressForPeer;
        this.wantVj = wantVj;
        this.wantDns = wantDns;
        this.listener = listener;
        resetOptions();
    }

    @Override
    public void resetOptions() {
        localAddress = wantedAddress;
        askAddress = true;
        askVj = wantVj;
        askDns1 = wantDns ? 0 : null;
        askDns2 = askDns1;
        receiveVj = new VjParameters(VJ_MAX_SLOT_ID, true);
        peerAddress = 0;
        sendVj = null;
    }

    @Override
    protected void request(List<ControlPacket.Option> options) {
        if (askVj) {
            options.add(new ControlPacket.Option(IpcpOptions.COMPRESSION, vjValue(receiveVj)));
        }
        if (askAddress) {
            options.add(new ControlPacket.Option(IpcpOptions.ADDRESS, Octets.of32(localAddress)));
        }
        if (askDns1 != null) {
            options.add(new ControlPacket.Option(IpcpOptions.MS_DNS1, Octets.of32(askDns1)));
        }
        if (askDns2 != null) {
            options.add(new ControlPacket.Option(IpcpOptions.MS_DNS2, Octets.of32(askDns2)));
        }
    }

    private static byte[] vjValue(VjParameters vj) {
        return new byte[] {(byte) (VJ_PROTOCOL >>> 8), (byte) VJ_PROTOCOL, (byte) vj.maxSlotId(),
            (byte) (vj.compressSlotId() ? 1 : 0)};
    }

    @Override
    protected Runnable judge(List<ControlPacket.Option> options, VerdictBuilder verdict) {
        int address = 0;
        VjParameters vj = null;
        for (ControlPacket.Option option : options) {
            byte[] v = option.value();
            switch (option.type()) {
                case IpcpOptions.ADDRESS -> {
                    if (v.length == 4 && Octets.int32(v, 0) == 0 && addressForPeer != 0) {
                        verdict.nak(option, Octets.of32(addressForPeer));
                    } else if (v.length != 4 || Octets.int32(v, 0) == 0) {
                        // we have no address to give the peer
                        verdict.reject(option);
                    } else {
                        address = Octets.int32(v, 0);
                    }
                }
                case IpcpOptions.COMPRESSION -> {
                    if (v.length == 4 && Octets.uint16(v, 0) == VJ_PROTOCOL && (v[2] & 0xff) <= VJ_MAX_SLOT_ID) {
                        vj = new VjParameters(v[2] & 0xff, v[3] != 0);
                    } else if (v.length == 4 && Octets.uint16(v, 0) == VJ_PROTOCOL) {
                        // too many slots: Nak with ours, the same size (a Nak never outgrows the request)
                        verdict.nak(option, vjValue(new VjParameters(VJ_MAX_SLOT_ID, true)));
                    } else {
                        verdict.reject(option);
                    }
                }
                default -> verdict.reject(option);
            }
        }
        int ackedAddress = address;
        VjParameters ackedVj = vj;
        return () -> {
            peerAddress = ackedAddress;
            sendVj = ackedVj;
        };
    }

    @Override
    protected void naked(ControlPacket.Option option, boolean rejected) {
        byte[] v = option.value();
        switch (option.type()) {
            case IpcpOptions.ADDRESS -> {
                if (rejected) {
                    askAddress = false;
                } else if (v.length == 4) {
                    localAddress = Octets.int32(v, 0);
                }
            }
            case IpcpOptions.COMPRESSION -> {
                if (rejected) {
                    askVj = false;
                } else if (v.length == 4 && Octets.uint16(v, 0) == VJ_PROTOCOL) {
                    receiveVj = new VjParameters(Math.min(v[2] & 0xff, VJ_MAX_SLOT_ID), v[3] != 0);
                } else {
                    askVj = false;
                }
            }
            case IpcpOptions.MS_DNS1 -> askDns1 = rejected || v.length != 4 ? null : Octets.int32(v, 0);
            case IpcpOptions.MS_DNS2 -> askDns2 = rejected || v.length != 4 ? null : Octets.int32(v, 0);
            default -> { }
        }
    }

    @Override
    public void up() {
        listener.ipcpUp(new Result(localAddress, peerAddress, sendVj, askVj ? receiveVj : null,
                askDns1 == null ? 0 : askDns1));
    }

    @Override
    public void down() {
        listener.ipcpDown();
    }

    @Override
    public void started() {
    }

    @Override
    public void finished() {
        listener.ipcpFinished();
    }
}
