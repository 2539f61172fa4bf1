package dev.esp32ppp.e2e;

import dev.esp32ppp.ppp.ControlPacket;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcEncoder;
import dev.esp32ppp.ppp.HdlcFraming;
import dev.esp32ppp.ppp.LcpOptions;
import dev.esp32ppp.ppp.Octets;
import java.io.ByteArrayOutputStream;

/**
 * The two inputs known to bring lwIP 2.1.3 down, recognised in the octets of a line as lwIP reads
 * them, so that {@link LwipFuzzTest} can leave them out of its fuzz and hold lwIP to everything
 * else (and show, on each alone, that lwIP still dies of them). They are lwIP's bugs, and the
 * board's: README lists them among lwIP's quirks.
 *
 * <ol>
 *   <li>A frame closed with a good FCS before its first information octet, such as
 *       {@code 7e 7d 20 7d 20 7e} (the FCS of an empty frame): {@code pppos_input} takes the
 *       octets for address, control and protocol, and at the flag trims the FCS off
 *       {@code in_tail} (pppos.c 538), which only an information octet allocates: a null
 *       pointer, SIGSEGV. Espressif fixed it in its esp-lwip in November 2020 (PR 24); ESP-IDF
 *       v3.3.2, and so MicroPython v1.13, have it.</li>
 *   <li>An LCP Configure-Request whose Nak outgrows lwIP's Nak buffer: {@code lcp_reqci} takes
 *       one pbuf of {@link #NAK_BUFFER} octets (lcp.c 1846) and writes 4 octets into it for every
 *       MRU option below 128 (lcp.c 1888), with no bound, so 155 of them write past its end; the
 *       C library finds its heap damaged and aborts (SIGABRT). lwIP Naks nothing else a peer can
 *       aim at: no asyncmap (it allows any), no authentication (it has no credentials, so it
 *       rejects), a magic number only if it is lwIP's own, which the line cannot know.</li>
 * </ol>
 *
 * <p>Which control characters lwIP drops depends on its LCP state, which the octets alone do not
 * tell: every input is read both ways, dropping all of them (LCP not open) and none (open, with
 * the asyncmap 0 lwIP asks for), and counts as a crash if either way crashes. An asyncmap that a
 * fuzzed Nak talked lwIP into asking for is not followed. Octets are also read as if a flag came
 * right after them: the next frame on the line, whoever sends it, opens with one.
 */
final class KnownLwipCrashes {
    /** lwIP's Nak buffer: PBUF_POOL_BUFSIZE of this build (TCP_MSS 536 + 40 + 20 + 14, aligned to 8). */
    static final int NAK_BUFFER = 616;
    private static final int MIN_MRU = 128;
    private static final int MRU_NAK_OCTETS = 4;
    private static final byte[] NEXT_FRAME = {(byte) HdlcDecoder.FLAG};

    /** The first: a flag, the FCS of an empty frame (two escaped zero octets), a flag. */
    static final byte[] FRAME_OF_NOTHING_BUT_ITS_FCS = HdlcEncoder.encode(new byte[0], HdlcFraming.DEFAULT_ACCM);

    private LwipPpposInput controlCharactersDropped;
    private LwipPpposInput controlCharactersKept;

    private KnownLwipCrashes(boolean atConnect) {
        controlCharactersDropped = LwipPpposInput.of(true, atConnect);
        controlCharactersKept = LwipPpposInput.of(false, atConnect);
    }

    /** For what lwIP reads from its {@code connect()} on. */
    static KnownLwipCrashes atConnect() {
        return new KnownLwipCrashes(true);
    }

    /** For what lwIP reads after a flag, e.g. after the last frame of a negotiation. */
    static KnownLwipCrashes afterAFlag() {
        return new KnownLwipCrashes(false);
    }

    /**
     * Whether lwIP would crash on these octets, read after all that passed this predicate before;
     * if not, they pass: lwIP's reading moves on past them.
     */
    boolean crashes(byte[] octets) {
        LwipPpposInput dropped = controlCharactersDropped.copy();
        LwipPpposInput kept = controlCharactersKept.copy();
        if (crashes(dropped, octets) || crashes(kept, octets)) {
            return true;
        }
        controlCharactersDropped = dropped;
        controlCharactersKept = kept;
        return false;
    }

    private static boolean crashes(LwipPpposInput input, byte[] octets) {
        boolean[] overflow = {false};
        boolean survives = input.read(octets, packet -> overflow[0] |= naksPastItsBuffer(packet))
                && input.copy().read(NEXT_FRAME, packet -> overflow[0] |= naksPastItsBuffer(packet));
        return !survives || overflow[0];
    }

    /** The second, for {@code count} above 154 and {@code mru} below 128: a framed LCP Configure-Request of that many {@code <mru MRU>}. */
    static byte[] configureRequestOfMruOptions(int count, int mru) {
        ByteArrayOutputStream options = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            options.writeBytes(new byte[] {LcpOptions.MRU, 4});
            options.writeBytes(Octets.of16(mru));
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {(byte) 0xff, 0x03});
        content.writeBytes(Octets.of16(ControlProtocol.LCP.number()));
        content.writeBytes(new ControlPacket(ControlPacket.CONF_REQ, 0x42, options.toByteArray()).encode());
        return HdlcEncoder.encode(content.toByteArray(), HdlcFraming.DEFAULT_ACCM);
    }

    /** An LCP Configure-Request that {@code fsm_input} passes on, whose options {@code lcp_reqci} Naks with too many octets. */
    static boolean naksPastItsBuffer(LwipPpposInput.Packet packet) {
        byte[] lcp = packet.information();
        if (packet.protocol() != ControlProtocol.LCP.number() || lcp.length < 4 || lcp[0] != ControlPacket.CONF_REQ) {
            return false;
        }
        int length = Octets.uint16(lcp, 2);
        if (length < 4 || length > lcp.length) {
            return false; // fsm_input drops it
        }
        int nak = 0;
        for (int at = 4; at < length; at += lcp[at + 1] & 0xff) {
            int left = length - at;
            int optionLength = left < 2 ? 0 : lcp[at + 1] & 0xff;
            if (optionLength < 2 || optionLength > left) {
                break; // lcp_reqci rejects the rest
            }
            if (lcp[at] == LcpOptions.MRU && optionLength == 4 && Octets.uint16(lcp, at + 2) < MIN_MRU) {
                nak += MRU_NAK_OCTETS;
            }
        }
        return nak > NAK_BUFFER;
    }
}
