package dev.esp32ppp.bench;

import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcEncoder;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/** The PPP codec's raw throughput: HDLC encoding and decoding of random full-size frames for 3 s. */
public final class CodecThroughput implements Benchmark {
    @Override
    public String name() {
        return "codec";
    }

    @Override
    public void run(PrintStream out) {
        Random random = new Random(1);
        byte[][] frames = new byte[256][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new byte[1500];
            random.nextBytes(frames[i]);
        }
        long[] decoded = new long[1];
        HdlcDecoder decoder = new HdlcDecoder(1600, frame -> decoded[0] += frame.content().length);
        long bytes = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < end) {
            for (byte[] frame : frames) {
                byte[] wire = HdlcEncoder.encode(frame, 0);
                decoder.accept(wire, 0, wire.length);
                bytes += frame.length;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "codec: HDLC encode+decode of 1500-octet frames, ACCM 0: %.1f MB/s (%d frames checked)%n",
                bytes / seconds / 1e6, decoded[0] / 1500);
    }
}
