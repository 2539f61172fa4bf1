package dev.esp32ppp.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One command to the ESP32 stack's control protocol (one line out, one line back) over a Unix
 * socket bridged to its control port, with a deadline for the answer.
 */
public final class ControlExchange {
    private ControlExchange() {
    }

    /**
     * @return the answer line without its newline
     * @throws IOException when the socket is gone, ends before a whole line, or the answer takes longer than {@code timeout}
     */
    public static String ask(Path socket, String command, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(512);
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0 || selector.select(left) == 0 && System.nanoTime() >= deadline) {
                    throw new IOException("no answer to '" + command + "' within " + timeout.toMillis() + " ms");
                }
                selector.selectedKeys().clear();
                in.clear();
                int n = channel.read(in);
                if (n < 0) {
                    throw new IOException("the control socket closed before answering '" + command + "'");
                }
                for (int i = 0; i < n; i++) {
                    byte octet = in.get(i);
                    if (octet == '\n') {
                        return answer.toString(StandardCharsets.US_ASCII);
                    }
                    answer.write(octet);
                }
            }
        }
    }
}
