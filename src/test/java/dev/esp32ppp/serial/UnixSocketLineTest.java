package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's end of a node's UART: a rate the node announces is the end's rate, not data. */
@Tag("unit")
class UnixSocketLineTest {
    private static final byte[] FRAME = {0x7e, (byte) 0xff, 0x03, (byte) 0xc0, 0x21, 0x7e};

    @TempDir
    Path dir;

    @Test
    void theRateAnnouncedBeforeTheFirstFrameIsKnownWhenTheFrameIsRead() throws IOException {
        Path path = dir.resolve("uart");
        try (UnixSocketLine.Listener listener = UnixSocketLine.listen("saxonsoc", path);
                SocketChannel node = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            node.connect(UnixDomainSocketAddress.of(path));
            try (UnixSocketLine line = listener.accept(Duration.ofSeconds(5))) {
                assertThat(line.baud()).isZero();
                node.write(ByteBuffer.wrap(InBandBaud.of(230400)));
                node.write(ByteBuffer.wrap(FRAME));
                node.shutdownOutput();
                byte[] buffer = new byte[4096];
                int n = line.read(buffer);
                assertThat(line.baud()).isEqualTo(230400);
                byte[] all = Arrays.copyOf(buffer, n);
                int more;
                while ((more = line.read(buffer)) > 0) {
                    all = concat(all, Arrays.copyOf(buffer, more));
                }
                assertThat(all).isEqualTo(FRAME);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
