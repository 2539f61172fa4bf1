package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;

/**
 * Collects a layer's judgement of each option of a peer's Configure-Request and makes the
 * answer RFC 1661 asks for: any Reject wins, else any Nak, else Ack of the request as it came.
 */
final class VerdictBuilder {
    private final byte[] request;
    private final boolean rejectInsteadOfNak;
    private final ByteArrayOutputStream naks = new ByteArrayOutputStream();
    private final ByteArrayOutputStream rejects = new ByteArrayOutputStream();

    VerdictBuilder(byte[] request, boolean rejectInsteadOfNak) {
        this.request = request;
        this.rejectInsteadOfNak = rejectInsteadOfNak;
    }

    void reject(ControlPacket.Option option) {
        write(rejects, option.type(), option.value());
    }

    void nak(ControlPacket.Option option, byte[] acceptableValue) {
        if (rejectInsteadOfNak) {
            reject(option);
        } else {
            write(naks, option.type(), acceptableValue);
        }
    }

    ConfigureVerdict verdict() {
        if (rejects.size() > 0) {
            return ConfigureVerdict.reject(rejects.toByteArray());
        }
        if (naks.size() > 0) {
            return ConfigureVerdict.nak(naks.toByteArray());
        }
        return ConfigureVerdict.ack(request);
    }

    /** A request that does not even parse is rejected whole. */
    static ConfigureVerdict malformed(byte[] request) {
        return ConfigureVerdict.reject(request);
    }

    static void write(ByteArrayOutputStream out, int type, byte[] value) {
        out.write(type);
        out.write(value.length + 2);
        out.writeBytes(value);
    }
}
