package dev.esp32ppp.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A pseudo-terminal on this machine, as a USB serial adapter's {@code /dev/ttyUSB0} would be:
 * programs (jSerialComm, screen, pppd) open {@link #path()}, and the harness plugs the other
 * side into a cable. socat holds the pty and carries it to the harness over a Unix socket.
 */
public final class HostPty implements SerialLine {
    private final Path path;
    private final Process socat;
    private final UnixSocketLine.Listener listener;
    private final UnixSocketLine line;

    private HostPty(Path path, Process socat, UnixSocketLine.Listener listener, UnixSocketLine line) {
        this.path = path;
        this.socat = socat;
        this.listener = listener;
        this.line = line;
    }

    /** Makes a pty linked at {@code path}; its socket goes beside it. */
    public static HostPty open(String name, Path path) throws IOException {
        Path socket = path.resolveSibling(path.getFileName() + ".sock");
        UnixSocketLine.Listener listener = UnixSocketLine.listen(name, socket);
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "PTY,link=" + path + ",raw,echo=0", "UNIX-CONNECT:" + socket)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            listener.close();
            throw new IOException("cannot start socat for a pty at " + path + " (apt-get install socat): "
                    + e.getMessage(), e);
        }
        try {
            UnixSocketLine line = listener.accept(Duration.ofSeconds(10));
            if (!Files.exists(path)) {
                throw new IOException("socat made no pty at " + path);
            }
            return new HostPty(path, socat, listener, line);
        } catch (IOException e) {
            socat.destroy();
            listener.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        return line.read(buffer);
    }

    @Override
    public void write(byte[] data, int off, int len) throws IOException {
        line.write(data, off, len);
    }

    @Override
    public String name() {
        return line.name();
    }

    @Override
    public void close() throws IOException {
        try {
            line.close();
        } finally {
            socat.destroy();
            listener.close();
        }
    }
}
