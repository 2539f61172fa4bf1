package dev.esp32ppp.ppp;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * IPV6CP (RFC 5072): asks for a random interface identifier, as lwIP does (a local EUI-64). A
 * pppd without IPv6 answers with an LCP Protocol-Reject, which ends this layer and leaves IPv4 alone.
 */
public final class Ipv6cp extends OptionNegotiation {
    public interface Listener {
        void ipv6cpUp(byte[] localId, byte[] peerId);

        void ipv6cpDown();

        void ipv6cpFinished();
    }

    private final IntSupplier random;
    private final Listener listener;
    private byte[] localId;
    private byte[] peerId;

    public Ipv6cp(IntSupplier random, Listener listener) {
        this.random = random;
        this.listener = listener;
        resetOptions();
    }

    @Override
    public void resetOptions() {
        localId = newId();
        peerId = null;
    }

    /** lwIP's eui64_magic_nz: 64 random bits, the universal/local bit (0x02 of octet 0) cleared, not all zero. */
    private byte[] newId() {
        byte[] id = new byte[8];
        do {
            System.arraycopy(Octets.of32(random.getAsInt()), 0, id, 0, 4);
            System.arraycopy(Octets.of32(random.getAsInt()), 0, id, 4, 4);
            id[0] &= ~0x02;
        } while (Arrays.equals(id, new byte[8]));
        return id;
    }

    @Override
    protected void request(List<ControlPacket.Option> options) {
        options.add(new ControlPacket.Option(Ipv6cpOptions.INTERFACE_ID, localId));
    }

    @Override
    protected Runnable judge(List<ControlPacket.Option> options, VerdictBuilder verdict) {
        byte[] id = null;
        for (ControlPacket.Option option : options) {
            if (option.type() != Ipv6cpOptions.INTERFACE_ID || option.value().length != 8) {
                verdict.reject(option);
            } else if (Arrays.equals(option.value(), localId) || Arrays.equals(option.value(), new byte[8])) {
                verdict.nak(option, newId());
            } else {
                id = option.value();
            }
        }
        byte[] acked = id;
        return () -> peerId = acked;
    }

    @Override
    protected void naked(ControlPacket.Option option, boolean rejected) {
        if (option.type() == Ipv6cpOptions.INTERFACE_ID && !rejected && option.value().length == 8) {
            localId = option.value();
        }
    }

    @Override
    public void up() {
        listener.ipv6cpUp(localId, peerId);
    }

    @Override
    public void down() {
        listener.ipv6cpDown();
    }

    @Override
    public void started() {
    }

    @Override
    public void finished() {
        listener.ipv6cpFinished();
    }
}
