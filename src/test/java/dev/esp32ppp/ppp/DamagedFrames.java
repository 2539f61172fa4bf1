package dev.esp32ppp.ppp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Frames as they reach a PPP stack over a bad line: LCP, IPCP, IPV6CP and IP frames made with
 * the project's encoder, most of them damaged on the way: bits flipped, cut short, wrong lengths
 * in the control header and in options (0, 1, past the end), unknown protocols, flags and
 * escapes thrown in, frames far beyond the MRU. The model's property test and the end-to-end
 * test of real lwIP throw the same frames.
 */
public final class DamagedFrames {
    public static final int MRU = Lcp.DEFAULT_MRU;
    /** jqwik's generation size for {@link #generate}: the model's property runs 1000 tries. */
    private static final int GEN_SIZE = 1000;

    private DamagedFrames() {
    }

    /** One frame as it reaches the line: well formed, damaged before framing, damaged on the wire, or huge. */
    public static Arbitrary<byte[]> onTheWire() {
        Arbitrary<byte[]> contents = Arbitraries.oneOf(lcp(), ipcp(), ipv6cp(), datagrams(), otherProtocols());
        return Arbitraries.frequencyOf(
                Tuple.of(2, encoded(contents)),
                Tuple.of(5, encoded(damaged(contents))),
                Tuple.of(3, damagedOnTheWire(encoded(contents))),
                Tuple.of(1, encoded(huge())),
                Tuple.of(1, damagedOnTheWire(encoded(huge()))));
    }

    /**
     * {@code count} frames of {@link #onTheWire()} outside a property (an end-to-end test feeding a
     * real stack): the same seed gives the same frames, so a failure repeats.
     */
    public static List<byte[]> generate(long seed, int count) {
        List<byte[]> frames = new ArrayList<>(count);
        JqwikSession.run(() -> { // jqwik's generators need a session of their own outside a property
            RandomGenerator<byte[]> generator = onTheWire().generator(GEN_SIZE);
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                frames.add(generator.next(random).value());
            }
        });
        return frames;
    }

    /** Framed as the project's encoder frames, with the ACCM before LCP opens, after, or any. */
    private static Arbitrary<byte[]> encoded(Arbitrary<byte[]> contents) {
        Arbitrary<Integer> accms = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(HdlcFraming.DEFAULT_ACCM)),
                Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers()));
        return Combinators.combine(contents, accms).as(HdlcEncoder::encode);
    }

    /** A frame's content: address and control (unless compressed away), protocol, information. */
    private static Arbitrary<byte[]> packets(Arbitrary<Integer> protocols, Arbitrary<byte[]> information) {
        return Combinators.combine(Arbitraries.integers().between(0, 3), protocols, information)
                .as((compression, protocol, info) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(info.length + 4);
                    if ((compression & 1) == 0) {
                        out.write(0xff);
                        out.write(0x03);
                    }
                    if ((compression & 2) != 0 && protocol < 0x100) {
                        out.write(protocol);
                    } else {
                        out.writeBytes(Octets.of16(protocol));
                    }
                    out.writeBytes(info);
                    return out.toByteArray();
                });
    }

    private static Arbitrary<byte[]> lcp() {
        return control(ControlProtocol.LCP.number(), Arbitraries.oneOf(
                option(LcpOptions.MRU, Arbitraries.integers().between(0, 0xffff).map(Octets::of16)),
                option(LcpOptions.ACCM, Arbitraries.integers().map(Octets::of32)),
                option(LcpOptions.AUTH, Arbitraries.oneOf(Arbitraries.just(Octets.of16(ControlProtocol.PAP.number())),
                        Arbitraries.just(new byte[] {(byte) 0xc2, 0x23, 5}), bytes(0, 4))),
                option(LcpOptions.MAGIC, Arbitraries.integers().map(Octets::of32)),
                option(LcpOptions.PFC, Arbitraries.just(new byte[0])),
                option(LcpOptions.ACFC, Arbitraries.just(new byte[0]))));
    }

    private static Arbitrary<byte[]> ipcp() {
        Arbitrary<byte[]> vj = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 1))
                .as((slots, compressSlot) -> new byte[] {0, Ipcp.VJ_PROTOCOL, slots.byteValue(), compressSlot.byteValue()});
        Arbitrary<byte[]> address = Arbitraries.integers().map(Octets::of32);
        return control(ControlProtocol.IPCP.number(), Arbitraries.oneOf(
                option(IpcpOptions.COMPRESSION, Arbitraries.oneOf(vj, vj.map(v -> Arrays.copyOf(v, 2)), bytes(0, 6))),
                option(IpcpOptions.ADDRESS, Arbitraries.oneOf(address, Arbitraries.just(new byte[4]))),
                option(IpcpOptions.MS_DNS1, address),
                option(IpcpOptions.MS_DNS2, address)));
    }

    private static Arbitrary<byte[]> ipv6cp() {
        return control(ControlProtocol.IPV6CP.number(), option(Ipv6cpOptions.INTERFACE_ID,
                Arbitraries.oneOf(bytes(8, 8), Arbitraries.just(new byte[8]), bytes(0, 10))));
    }

    /**
     * A control packet: mostly codes the automaton knows, ids near the ones in use (so Acks and
     * Naks get looked at), options or other data, and now and then a length field that lies.
     */
    private static Arbitrary<byte[]> control(int protocol, Arbitrary<byte[]> knownOption) {
        Arbitrary<Integer> codes = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 7)),
                Tuple.of(2, Arbitraries.integers().between(8, 11)), Tuple.of(1, Arbitraries.integers().between(0, 255)));
        Arbitrary<Integer> ids = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.integers().between(0, 255)));
        Arbitrary<byte[]> data = Arbitraries.frequencyOf(Tuple.of(6, options(knownOption)),
                Tuple.of(2, bytes(0, 64)), Tuple.of(1, bytes(MRU - 64, MRU - 4)));
        Arbitrary<IntUnaryOperator> lengths = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(n -> n)),
                Tuple.of(1, Arbitraries.integers().between(0, 3).map(wrong -> n -> wrong)),
                Tuple.of(1, Arbitraries.integers().between(-8, 8).map(delta -> n -> Math.max(0, n + delta))),
                Tuple.of(1, Arbitraries.just(n -> 0xffff)));
        Arbitrary<byte[]> packet = Combinators.combine(codes, ids, data, lengths).as((code, id, body, length) -> {
            byte[] out = new ControlPacket(code, id, body).encode();
            int declared = length.applyAsInt(out.length);
            out[2] = (byte) (declared >>> 8);
            out[3] = (byte) declared;
            return out;
        });
        return packets(Arbitraries.just(protocol), packet);
    }

    /** A few options, or one option again and again up to the MRU; known ones and any type. */
    private static Arbitrary<byte[]> options(Arbitrary<byte[]> knownOption) {
        Arbitrary<byte[]> anyOption = option(Arbitraries.integers().between(0, 255), bytes(0, 12));
        Arbitrary<byte[]> one = Arbitraries.frequencyOf(Tuple.of(3, knownOption), Tuple.of(1, anyOption));
        Arbitrary<byte[]> few = one.list().ofMaxSize(8).map(DamagedFrames::concat);
        Arbitrary<byte[]> many = one.filter(o -> o.length > 0).map(o -> {
            byte[] out = new byte[(MRU - 4) / o.length * o.length];
            for (int at = 0; at < out.length; at += o.length) {
                System.arraycopy(o, 0, out, at, o.length);
            }
            return out;
        });
        return Arbitraries.frequencyOf(Tuple.of(10, few), Tuple.of(1, many));
    }

    private static Arbitrary<byte[]> option(int type, Arbitrary<byte[]> values) {
        return option(Arbitraries.just(type), values);
    }

    /** Type, length, value; the length is now and then 0, 1 or past the end of the value. */
    private static Arbitrary<byte[]> option(Arbitrary<Integer> types, Arbitrary<byte[]> values) {
        Arbitrary<IntUnaryOperator> lengths = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(n -> n)),
                Tuple.of(1, Arbitraries.integers().between(0, 1).map(wrong -> n -> wrong)),
                Tuple.of(1, Arbitraries.integers().between(1, 40).map(more -> n -> Math.min(255, n + more))));
        return Combinators.combine(types, values, lengths).as((type, value, length) -> {
            byte[] out = new byte[2 + value.length];
            out[0] = type.byteValue();
            out[1] = (byte) length.applyAsInt(out.length);
            System.arraycopy(value, 0, out, 2, value.length);
            return out;
        });
    }

    /** IPv4 (TCP or not), VJ uncompressed with any slot, VJ compressed, IPv6. */
    private static Arbitrary<byte[]> datagrams() {
        Arbitrary<byte[]> ipv4 = Combinators.combine(bytes(40, 40), Arbitraries.integers().between(0, 20),
                bytes(0, 200)).as((header, protocolOrSlot, payload) -> {
                    byte[] ip = Arrays.copyOf(header, header.length + payload.length);
                    ip[0] = 0x45;
                    ip[2] = (byte) (ip.length >>> 8);
                    ip[3] = (byte) ip.length;
                    ip[9] = protocolOrSlot.byteValue();
                    ip[32] = 0x50; // TCP data offset: 5 words
                    System.arraycopy(payload, 0, ip, header.length, payload.length);
                    return ip;
                });
        return Arbitraries.oneOf(
                packets(Arbitraries.of(PppPacket.IP, PppPacket.VJ_UNCOMPRESSED), Arbitraries.oneOf(ipv4, bytes(0, 60))),
                packets(Arbitraries.just(PppPacket.VJ_COMPRESSED), bytes(0, 40)),
                packets(Arbitraries.just(PppPacket.IPV6), bytes(0, 80)));
    }

    /** Protocols the model does not run (PAP without credentials, CCP, ...) and any number at all. */
    private static Arbitrary<byte[]> otherProtocols() {
        Arbitrary<Integer> protocols = Arbitraries.oneOf(
                Arbitraries.of(ControlProtocol.PAP.number(), ControlProtocol.CCP.number(), PppPacket.COMPRESSED, 0x8281, 0xc223),
                Arbitraries.integers().between(0, 0xffff));
        return packets(protocols, Arbitraries.oneOf(bytes(0, 100), bytes(MRU - 8, MRU)));
    }

    /** Frames around and far beyond the MRU: the decoder must drop them whole. */
    private static Arbitrary<byte[]> huge() {
        return packets(Arbitraries.of(PppPacket.IP, ControlProtocol.LCP.number(), ControlProtocol.IPCP.number(), 0x4321),
                Arbitraries.oneOf(bytes(MRU - 2, MRU + 4), bytes(MRU + 4, 4 * MRU)));
    }

    /** Damage before framing: the FCS is good, so the packet reaches the parsers. */
    private static Arbitrary<byte[]> damaged(Arbitrary<byte[]> contents) {
        return contents.flatMap(content -> Arbitraries.frequencyOf(
                Tuple.of(3, flipped(content)),
                Tuple.of(2, truncated(content)),
                Tuple.of(1, bytes(1, 40).map(more -> concat(List.of(content, more))))));
    }

    /** Damage on the line: bits flipped, frames cut, flags and escapes thrown in. */
    private static Arbitrary<byte[]> damagedOnTheWire(Arbitrary<byte[]> wires) {
        return wires.flatMap(wire -> Arbitraries.frequencyOf(
                Tuple.of(3, flipped(wire)),
                Tuple.of(2, truncated(wire)),
                Tuple.of(3, sprinkled(wire))));
    }

    private static Arbitrary<byte[]> flipped(byte[] data) {
        if (data.length == 0) {
            return Arbitraries.just(data);
        }
        return Arbitraries.integers().between(0, data.length * 8 - 1).list().ofMinSize(1).ofMaxSize(4).map(bits -> {
            byte[] out = data.clone();
            bits.forEach(bit -> out[bit / 8] ^= (byte) (1 << bit % 8));
            return out;
        });
    }

    private static Arbitrary<byte[]> truncated(byte[] data) {
        return Arbitraries.integers().between(0, Math.max(0, data.length - 1)).map(n -> Arrays.copyOf(data, n));
    }

    private static Arbitrary<byte[]> sprinkled(byte[] data) {
        Arbitrary<int[]> insert = Combinators.combine(Arbitraries.integers().between(0, data.length),
                Arbitraries.of(HdlcDecoder.FLAG, HdlcDecoder.ESCAPE)).as((at, octet) -> new int[] {at, octet});
        return insert.list().ofMinSize(1).ofMaxSize(6).map(inserts -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + inserts.size());
            for (int i = 0; i <= data.length; i++) {
                for (int[] at : inserts) {
                    if (at[0] == i) {
                        out.write(at[1]);
                    }
                }
                if (i < data.length) {
                    out.write(data[i]);
                }
            }
            return out.toByteArray();
        });
    }

    /** Bytes of a size in range, from a generated seed: cheap to make even for frames of kilobytes. */
    private static Arbitrary<byte[]> bytes(int min, int max) {
        return Combinators.combine(Arbitraries.integers().between(min, max), Arbitraries.longs()).as((size, seed) -> {
            byte[] out = new byte[size];
            new Random(seed).nextBytes(out);
            return out;
        });
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
