package dev.esp32ppp.lab;

import com.github.dockerjava.api.model.ContainerNetwork;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A node's container. Docker creates a container on one network only; the node's other
 * networks are joined, at their fixed addresses, after creation and before start.
 */
final class NodeContainer extends GenericContainer<NodeContainer> {
    private final List<Attachment> laterAttachments;
    private final Map<LabNetwork, String> networkIds;

    NodeContainer(String image, List<Attachment> laterAttachments, Map<LabNetwork, String> networkIds) {
        super(DockerImageName.parse(image));
        this.laterAttachments = laterAttachments;
        this.networkIds = networkIds;
    }

    @Override
    protected void containerIsCreated(String containerId) {
        for (Attachment attachment : laterAttachments) {
            getDockerClient().connectToNetworkCmd()
                    .withContainerId(containerId)
                    .withNetworkId(networkIds.get(attachment.network()))
                    .withContainerNetwork(new ContainerNetwork().withIpamConfig(
                            new ContainerNetwork.Ipam().withIpv4Address(attachment.address())))
                    .exec();
        }
    }
}
