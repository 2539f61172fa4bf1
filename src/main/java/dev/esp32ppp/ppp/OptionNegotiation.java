package dev.esp32ppp.ppp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What LCP, IPCP and IPV6CP share: the request is remembered so only an Ack of exactly it
 * counts, a peer's request is judged option by option and takes effect only when acked, and
 * a Nak or Reject is applied option by option.
 */
abstract class OptionNegotiation implements FsmLayer {
    private byte[] lastRequest = new byte[0];

    /** Adds the options of our next request, in order. */
    protected abstract void request(List<ControlPacket.Option> options);

    /**
     * Judges each of the peer's options into {@code verdict}.
     * @return what to remember of the peer's request if it is acked
     */
    protected abstract Runnable judge(List<ControlPacket.Option> options, VerdictBuilder verdict);

    /** Applies one option of the peer's Nak (or, with {@code rejected}, Reject) of our request. */
    protected abstract void naked(ControlPacket.Option option, boolean rejected);

    @Override
    public final byte[] requestOptions() {
        List<ControlPacket.Option> options = new ArrayList<>();
        request(options);
        lastRequest = ControlPacket.encodeOptions(options);
        return lastRequest;
    }

    @Override
    public final ConfigureVerdict examine(byte[] options, boolean rejectInsteadOfNak) {
        List<ControlPacket.Option> parsed = ControlPacket.parseOptions(options);
        if (parsed == null) {
            return VerdictBuilder.malformed(options);
        }
        VerdictBuilder verdict = new VerdictBuilder(options, rejectInsteadOfNak);
        Runnable onAck = judge(parsed, verdict);
        ConfigureVerdict result = verdict.verdict();
        if (result.isAck()) {
            onAck.run();
        }
        return result;
    }

    @Override
    public final boolean acked(byte[] options) {
        return Arrays.equals(options, lastRequest);
    }

    @Override
    public final boolean naked(byte[] options, boolean rejected) {
        List<ControlPacket.Option> parsed = ControlPacket.parseOptions(options);
        if (parsed == null) {
            return false;
        }
        for (ControlPacket.Option option : parsed) {
            naked(option, rejected);
        }
        return true;
    }
}
