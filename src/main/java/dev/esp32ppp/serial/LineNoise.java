package dev.esp32ppp.serial;

import java.util.Random;

/**
 * What a poor serial line does to the bytes on it: bits flipped at a bit-error rate and bytes
 * lost at a drop rate, from a seeded generator so a run can be repeated.
 *
 * @param bitErrorRate the chance of each bit being flipped (0 for a clean line)
 * @param dropRate the chance of each byte being lost
 * @param seed the generator's seed
 */
public record LineNoise(double bitErrorRate, double dropRate, long seed) {
    public static final LineNoise NONE = new LineNoise(0, 0, 0);

    public LineNoise {
        if (bitErrorRate < 0 || bitErrorRate >= 0.1 || dropRate < 0 || dropRate >= 0.5) {
            throw new IllegalArgumentException("bit-error rate must be in [0, 0.1) and drop rate in [0, 0.5), were "
                    + bitErrorRate + " and " + dropRate);
        }
    }

    public boolean clean() {
        return bitErrorRate == 0 && dropRate == 0;
    }

    /** A noise source for one direction of a line; {@code direction} keeps the two directions apart. */
    public Source source(String direction) {
        return new Source(new Random(seed ^ direction.hashCode()));
    }

    /** Applies the noise to bytes in place; returns how many remain (lost bytes are removed). */
    public final class Source {
        private final Random random;
        private long flipped;
        private long dropped;

        private Source(Random random) {
            this.random = random;
        }

        public int apply(byte[] data, int off, int len) {
            return apply(data, off, len, bitErrorRate);
        }

        /** The same with another bit-error rate for these bytes (a noise burst's); the drop rate stays. */
        public int apply(byte[] data, int off, int len, double bitErrorRate) {
            int kept = off;
            for (int i = off; i < off + len; i++) {
                if (dropRate > 0 && random.nextDouble() < dropRate) {
                    dropped++;
                    continue;
                }
                int b = data[i];
                if (bitErrorRate > 0) {
                    for (int bit = 0; bit < 8; bit++) {
                        if (random.nextDouble() < bitErrorRate) {
                            b ^= 1 << bit;
                            flipped++;
                        }
                    }
                }
                data[kept++] = (byte) b;
            }
            return kept - off;
        }

        public long flippedBits() {
            return flipped;
        }

        public long droppedBytes() {
            return dropped;
        }
    }
}
