package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Example;
import net.jqwik.api.From;

@Tag("unit")
class VjCompressionTest {
    record Step(int kind, int connection, int amount) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 19),
                Arbitraries.integers().between(0, 1400)).as(Step::new);
    }

    /** Up to 20 connections over 16 slots (wrap), with data, acks, retransmissions, out-of-order and more. */
    @Property(tries = 300)
    void everyPacketComesOutAsItWentIn(@ForAll @Size(min = 1, max = 400) List<@From("steps") Step> steps) {
        TcpStream stream = new TcpStream(20);
        VjCompressor compressor = new VjCompressor(15, true);
        VjDecompressor decompressor = new VjDecompressor(15);
        for (Step step : steps) {
            byte[] ip = packet(stream, step);
            VjCompressor.Output out = compressor.compress(ip);
            byte[] back = switch (out.protocol()) {
                case PppPacket.VJ_COMPRESSED -> decompressor.compressed(out.packet());
                case PppPacket.VJ_UNCOMPRESSED -> decompressor.uncompressed(out.packet());
                default -> out.packet();
            };
            assertThat(back).as("step %s", step).isEqualTo(ip);
        }
        assertThat(decompressor.tossedCount()).isZero();
    }

    private static byte[] packet(TcpStream stream, Step step) {
        int c = step.connection();
        return switch (step.kind()) {
            case 0 -> stream.data(c, step.amount(), false);
            case 1 -> stream.data(c, step.amount() % 300, true);
            case 2 -> stream.ack(c, step.amount());
            case 3 -> stream.retransmit(c);
            case 4 -> stream.goBack(c, 1 + step.amount() % 500);
            case 5 -> stream.window(c, 20000 + step.amount() * 7);
            case 6 -> stream.urgent(c, step.amount() % 100, step.amount() % 50);
            default -> stream.jumpIpId(c, step.amount() * 50);
        };
    }

    @Example
    void aBulkTransferCompressesToAFewOctetsOfHeaderAndUsesTheSpecialCase() {
        TcpStream stream = new TcpStream(1);
        VjCompressor compressor = new VjCompressor(15, true);
        VjDecompressor decompressor = new VjDecompressor(15);
        List<VjCompressor.Output> outputs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] ip = stream.data(0, 536, false);
            VjCompressor.Output out = compressor.compress(ip);
            outputs.add(out);
            byte[] back = out.protocol() == PppPacket.VJ_COMPRESSED
                    ? decompressor.compressed(out.packet()) : decompressor.uncompressed(out.packet());
            assertThat(back).isEqualTo(ip);
        }
        assertThat(outputs.get(0).protocol()).isEqualTo(PppPacket.VJ_UNCOMPRESSED);
        VjCompressor.Output steady = outputs.get(10);
        assertThat(steady.protocol()).isEqualTo(PppPacket.VJ_COMPRESSED);
        // changes octet (SPECIAL_D, slot id left out) and the TCP checksum: 3 octets instead of 40
        assertThat(steady.packet().length).isEqualTo(536 + 3);
        assertThat(steady.packet()[0] & VjCompressor.SPECIALS_MASK).isEqualTo(VjCompressor.SPECIAL_D);
    }

    @Example
    void afterALostFrameCompressedPacketsAreTossedUntilAnUncompressedOneResynchronises() {
        TcpStream stream = new TcpStream(1);
        VjCompressor compressor = new VjCompressor(15, true);
        VjDecompressor decompressor = new VjDecompressor(15);
        decompressor.uncompressed(compressor.compress(stream.data(0, 100, false)).packet());
        assertThat(decompressor.compressed(compressor.compress(stream.data(0, 100, false)).packet())).isNotNull();

        decompressor.error();
        VjCompressor.Output next = compressor.compress(stream.data(0, 100, false));
        assertThat(next.protocol()).isEqualTo(PppPacket.VJ_COMPRESSED);
        assertThat(decompressor.compressed(next.packet())).isNull();
        assertThat(decompressor.tossedCount()).isEqualTo(1);

        byte[] retransmitted = stream.retransmit(0);
        VjCompressor.Output resync = compressor.compress(retransmitted);
        assertThat(resync.protocol()).isEqualTo(PppPacket.VJ_UNCOMPRESSED);
        assertThat(decompressor.uncompressed(resync.packet())).isEqualTo(retransmitted);
    }

    /** lwIP's vj.c takes its slots in order for new connections: 0 first, then 1, 2, ... */
    @Example
    void newConnectionsTakeSlotsFromZeroUp() {
        TcpStream stream = new TcpStream(3);
        VjCompressor compressor = new VjCompressor(15, true);

        for (int connection = 0; connection < 3; connection++) {
            VjCompressor.Output first = compressor.compress(stream.data(connection, 10, false));
            assertThat(first.protocol()).isEqualTo(PppPacket.VJ_UNCOMPRESSED);
            assertThat(first.packet()[9]).as("the slot in the protocol field's place").isEqualTo((byte) connection);
        }
    }

    @Example
    void nonTcpFragmentsAndSynsGoAsPlainIp() {
        TcpStream stream = new TcpStream(1);
        byte[] syn = stream.data(0, 0, false);
        syn[33] = VjHeaders.SYN;
        VjCompressor compressor = new VjCompressor(15, true);
        assertThat(compressor.compress(syn).protocol()).isEqualTo(PppPacket.IP);
        byte[] udp = stream.data(0, 20, false);
        udp[9] = 17;
        assertThat(compressor.compress(udp).protocol()).isEqualTo(PppPacket.IP);
    }

    @Property
    void decompressingGarbageNeverThrows(@ForAll @Size(max = 200) byte[] garbage) {
        VjDecompressor decompressor = new VjDecompressor(15);
        decompressor.uncompressed(new TcpStream(1).data(0, 10, false));
        decompressor.compressed(garbage);
        decompressor.uncompressed(garbage);
    }
}
