package dev.esp32ppp.serial;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A board's UART as seen from the harness: inside the node's container socat bridges the UART's
 * pty to a Unix socket in the directory shared with the harness. The harness listens first, so
 * the node can connect whenever it powers on. The rate the node announces in its stream
 * ({@link InBandBaud}) becomes this end's {@link #baud()} and is no part of the data.
 */
public final class UnixSocketLine implements SerialLine {
    private final String name;
    private final SocketChannel channel;
    private volatile boolean receiving = true;
    private volatile int baud;
    private final InBandBaud announcements = new InBandBaud();
    private boolean ended;

    private UnixSocketLine(String name, SocketChannel channel) {
        this.name = name;
        this.channel = channel;
    }

    /** A listening socket at {@code path}; {@link Listener#accept} waits for the node. */
    public static Listener listen(String name, Path path) throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return new Listener(name, path, server);
    }

    public static final class Listener implements AutoCloseable {
        private final String name;
        private final Path path;
        private final ServerSocketChannel server;

        private Listener(String name, Path path, ServerSocketChannel server) {
            this.name = name;
            this.path = path;
            this.server = server;
        }

        public UnixSocketLine accept(Duration timeout) throws IOException {
            server.configureBlocking(false);
            try (Selector selector = Selector.open()) {
                server.register(selector, SelectionKey.OP_ACCEPT);
                if (selector.select(Math.max(1, timeout.toMillis())) == 0) {
                    throw new IOException("the " + name + " node did not connect its UART to " + path
                            + " within " + timeout.toSeconds() + " s; see its console log");
                }
            }
            SocketChannel channel = server.accept();
            channel.configureBlocking(true);
            return new UnixSocketLine(name, channel);
        }

        @Override
        public void close() throws IOException {
            server.close();
            Files.deleteIfExists(path);
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int data = 0;
        while (data == 0 && !ended) {
            int held = announcements.heldLength();
            int n = channel.read(ByteBuffer.wrap(buffer, held, buffer.length - held));
            if (n < 0) {
                ended = true;
                data = announcements.drain(buffer);
            } else {
                data = announcements.take(buffer, n, this::baud);
            }
        }
        if (data > 0) {
            // a board that sends has its UART open, whatever its last report said
            receiving = true;
        }
        return data > 0 ? data : -1;
    }

    @Override
    public void write(byte[] data, int off, int len) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(data, off, len);
        while (out.hasRemaining()) {
            channel.write(out);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean receiving() {
        return receiving;
    }

    /** Whether a program on the board has the UART open (see {@link SerialLine#receiving()}). */
    public void receiving(boolean open) {
        this.receiving = open;
    }

    @Override
    public int baud() {
        return baud;
    }

    /** The rate the board set its UART to, 0 for unknown (see {@link SerialLine#baud()}). */
    public void baud(int rate) {
        this.baud = rate;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
