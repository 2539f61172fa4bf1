package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcEncoder;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LineNoiseTest {
    @Test
    void flipsBitsAndLosesBytesAtTheDeclaredRates() {
        LineNoise.Source noise = new LineNoise(1e-4, 1e-3, 42).source("esp32");
        byte[] data = new byte[1_000_000];
        int kept = noise.apply(data, 0, data.length);

        assertThat(noise.droppedBytes()).isBetween(900L, 1100L);
        assertThat(kept).isEqualTo(data.length - (int) noise.droppedBytes());
        // 8 million bits at 1e-4 less the dropped bytes' bits: about 800
        assertThat(noise.flippedBits()).isBetween(700L, 900L);
    }

    @Test
    void aCleanLineChangesNothing() {
        byte[] data = new byte[10_000];
        new Random(1).nextBytes(data);
        byte[] copy = data.clone();
        assertThat(LineNoise.NONE.source("a").apply(data, 0, data.length)).isEqualTo(data.length);
        assertThat(data).isEqualTo(copy);
    }

    @Test
    void damagedFramesFailTheirFcsAndTheOthersComeThrough() {
        LineNoise.Source noise = new LineNoise(1e-4, 0, 3).source("esp32");
        long[] good = new long[1];
        long[] bad = new long[1];
        HdlcDecoder decoder = new HdlcDecoder(1600, f -> (f.fcsOk() ? good : bad)[0]++);
        byte[] payload = new byte[1000];
        for (int i = 0; i < 1000; i++) {
            byte[] wire = HdlcEncoder.encode(payload, 0);
            int n = noise.apply(wire, 0, wire.length);
            decoder.accept(wire, 0, n);
        }
        // a 1000-octet frame is 8000 bits: about 55 % of them come through untouched
        assertThat(bad[0]).isPositive();
        assertThat(good[0] + bad[0]).isBetween(900L, 1000L);
        assertThat((double) good[0] / 1000).isBetween(0.4, 0.7);
    }

    @Test
    void impossibleRatesAreRefused() {
        assertThatThrownBy(() -> new LineNoise(0.5, 0, 1)).hasMessageContaining("bit-error rate must be in");
    }
}
