package dev.esp32ppp.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** The Docker engine the lab runs on, with the one clear message when there is none. */
public final class DockerEngine {
    private static final String DEFAULT_SOCKET = "/var/run/docker.sock";

    private DockerEngine() {
    }

    /** @throws LabException when no engine answers */
    public static DockerClient client() {
        if (!answers()) {
            throw new LabException("no Docker engine answers at " + socket() + "; run ./ci/bootstrap-host.sh as root "
                    + "(installs docker.io and starts dockerd) or start your Docker engine");
        }
        return DockerClientFactory.instance().client();
    }

    /** The engine's Unix socket, from DOCKER_HOST as the docker CLI reads it. */
    static Path socket() {
        String host = System.getenv("DOCKER_HOST");
        return Path.of(host != null && host.startsWith("unix://") ? host.substring("unix://".length()) : DEFAULT_SOCKET);
    }

    /** Whether the engine answers its ping endpoint. */
    public static boolean answers() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket()));
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer reply = ByteBuffer.allocate(512);
            while (channel.read(reply) >= 0 && reply.hasRemaining()) {
                // read until the engine closes the connection
            }
            String text = new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII);
            return text.startsWith("HTTP/1.") && text.contains(" 200 ");
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean hasImage(DockerClient docker, String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
