package dev.esp32ppp.ppp;

import java.util.List;

/**
 * IPCP (RFC 1332) as lwIP's client side runs it: asks for address 0.0.0.0 so the peer assigns
 * one, and for Van Jacobson compression {@code 0f 01} (16 slots, slot-id compression); takes the
 * peer's address and VJ request; rejects what it does not know (DNS options among them).
 */
public final class Ipcp extends OptionNegotiation {
    public static final int VJ_PROTOCOL = 0x002d;
    public static final int VJ_MAX_SLOT_ID = 15;

    /** The outcome of a successful negotiation. */
    public record Result(int localAddress, int peerAddress, VjParameters sendVj, VjParameters receiveVj) {
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
    private final boolean wantVj;

    private int localAddress;
    private boolean askAddress;
    private boolean askVj;
    private VjParameters receiveVj;
    private int peerAddress;
    private VjParameters sendVj;

    /** @param wantedAddress the address to ask for; 0 asks the peer to assign one, as lwIP does */
    public Ipcp(int wantedAddress, boolean wantVj, Listener listener) {
        this.wantedAddress = wantedAddress;
        this.wantVj = wantVj;
        this.listener = listener;
        resetOptions();
    }

    @Override
    public void resetOptions() {
        localAddress = wantedAddress;
        askAddress = true;
        askVj = wantVj;
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
                    if (v.length != 4 || Octets.int32(v, 0) == 0) {
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
            default -> { }
        }
    }

    @Override
    public void up() {
        listener.ipcpUp(new Result(localAddress, peerAddress, sendVj, askVj ? receiveVj : null));
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
