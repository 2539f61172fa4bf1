package dev.esp32ppp.lab;

import java.net.URI;
import java.util.Set;

/**
 * Where the Docker engine runs, as {@code DOCKER_HOST} says: on this machine (unset, a unix
 * socket, or tcp to a loopback address) or on another. The lab's links are wired with ip and
 * nsenter in the containers' namespaces, which only the engine's own host can reach, and its
 * cables' sockets are in a folder of the harness's machine that the containers mount.
 *
 * @param dockerHost {@code DOCKER_HOST}'s value, or null when it is not set
 */
public record EngineHost(String dockerHost) {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public static EngineHost ofEnvironment() {
        return new EngineHost(System.getenv("DOCKER_HOST"));
    }

    /** Whether the engine runs on this machine, so that the harness can wire its labs' links. */
    public boolean isThisMachine() {
        if (dockerHost == null || dockerHost.isBlank() || dockerHost.startsWith("unix://")) {
            return true;
        }
        String host = URI.create(dockerHost).getHost();
        return host != null && LOOPBACK.contains(host);
    }

    /** Refuses, in one sentence, an engine on another machine. */
    void requireThisMachine() {
        if (!isThisMachine()) {
            throw new LabException(remoteEngine());
        }
    }

    /** What an engine on another machine means for the harness. */
    public String remoteEngine() {
        return "DOCKER_HOST=" + dockerHost + " is an engine on another machine: a lab runs only with the harness on"
                + " the engine's host (its links are wired there with ip and nsenter, its serial cables' sockets are"
                + " shared through a folder of that machine); run the harness there";
    }
}
