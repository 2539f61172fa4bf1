package dev.esp32ppp.lab;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.util.function.LongConsumer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A node's container, on no Docker network: as soon as it runs, its links are wired into its
 * network namespace (given its process id), while its start script waits for them (lab-net.sh).
 */
final class NodeContainer extends GenericContainer<NodeContainer> {
    private final LongConsumer wireLinks;

    NodeContainer(String image, LongConsumer wireLinks) {
        super(DockerImageName.parse(image));
        this.wireLinks = wireLinks;
        withNetworkMode("none");
    }

    /** Starts the container; a link that could not be wired says why, not Testcontainers' "startup failed". */
    @Override
    public void start() {
        try {
            super.start();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof LabException why) {
                    throw why;
                }
            }
            throw e;
        }
    }

    @Override
    protected void containerIsStarting(InspectContainerResponse containerInfo) {
        wireLinks.accept(containerInfo.getState().getPidLong());
    }
}
