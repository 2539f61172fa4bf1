package dev.esp32ppp.ppp;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a layer's judgement of each option of a peer's Configure-Request and makes the
 * answer RFC 1661 asks for: any Reject wins, else any Nak, else Ack of the request as it came.
 */
final class VerdictBuilder {
    private final byte[] request;
    private final boolean rejectInsteadOfNak;
    private final List<ControlPacket.Option> naks = new ArrayList<>();
    private final List<ControlPacket.Option> rejects = new ArrayList<>();

    VerdictBuilder(byte[] request, boolean rejectInsteadOfNak) {
        this.request = request;
        this.rejectInsteadOfNak = rejectInsteadOfNak;
    }

    void reject(ControlPacket.Option option) {
        rejects.add(option);
    }

    void nak(ControlPacket.Option option, byte[] acceptableValue) {
        if (rejectInsteadOfNak) {
            reject(option);
        } else {
            naks.add(new ControlPacket.Option(option.type(), acceptableValue));
        }
    }

    ConfigureVerdict verdict() {
        if (!rejects.isEmpty()) {
            return ConfigureVerdict.reject(ControlPacket.encodeOptions(rejects));
        }
        if (!naks.isEmpty()) {
            return ConfigureVerdict.nak(ControlPacket.encodeOptions(naks));
        }
        return ConfigureVerdict.ack(request);
    }

    /** A request that does not even parse is rejected whole. */
    static ConfigureVerdict malformed(byte[] request) {
        return ConfigureVerdict.reject(request);
    }
}
