package dev.esp32ppp.lab;

import com.github.dockerjava.api.model.Device;
import dev.esp32ppp.events.PppdKernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.testcontainers.containers.BindMode;

/**
 * What a node is, and all that follows from it wherever such a node runs, as a Testcontainers
 * module class owns its container: its image (built from {@code containers/<id>}), the UARTs
 * the harness wires, whether its shell runs in a Linux guest or in the container, and what its
 * container needs beyond every node's.
 */
public enum NodeRole {
    /**
     * A SaxonSoc-like Linux (also the pc and the pppd test peer): pppd and the shell run in its
     * Linux guest, user-mode Linux or native as the lab chooses; the guest reports when a program
     * opens or closes its one UART.
     */
    SAXONSOC(true, null, "uart") {
        @Override
        void prepare(NodeContainer container, PppdKernel kernel) {
            container.withEnv(PppdKernel.VARIABLE, kernel.id());
            if (kernel == PppdKernel.NATIVE) {
                // pppd runs in the container on the host kernel's PPP
                container.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withDevices(
                        Device.parse("/dev/net/tun"), Device.parse(HostPpp.ofThisHost().device().toString())));
            } else {
                // user-mode Linux maps its memory from an executable /dev/shm
                container.withTmpFs(Map.of("/dev/shm", "rw,exec,size=512m"));
            }
        }
    },
    /**
     * The ESP32 board: PPP on UART2 (the cable's), the REPL on UART0. Its network stack runs
     * from the harness's own compiled classes and its MicroPython from the board shims, both
     * mounted into the node.
     */
    ESP32(false, "uart0", "uart2", "uart0") {
        @Override
        void prepare(NodeContainer container, PppdKernel kernel) {
            container.withFileSystemBind(modelClasses().toString(), "/opt/model/classes", BindMode.READ_ONLY)
                    .withFileSystemBind(ProjectHome.path().resolve("src/main/micropython").toString(), "/opt/board",
                            BindMode.READ_ONLY);
        }
    },
    ROUTER(false, null),
    INTERNET(false, null),
    LANHOST(false, null);

    private final boolean inGuest;
    private final String repl;
    private final List<String> uarts;

    NodeRole(boolean inGuest, String repl, String... uarts) {
        this.inGuest = inGuest;
        this.repl = repl;
        this.uarts = List.of(uarts);
    }

    /** The role's image folder under {@code containers/} and its name in the lab's session file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeRole byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst()
                .orElseThrow(() -> new LabException("unknown node role '" + id + "'"));
    }

    /** The board's UARTs the harness wires, the cable's first; none for a node that is not a board. */
    public List<String> uarts() {
        return uarts;
    }

    public boolean hasUart() {
        return !uarts.isEmpty();
    }

    /** The UART a cable plugs into. */
    public String cableUart() {
        return uarts.get(0);
    }

    /** The UART of the board's REPL, or null when it has none. */
    public String repl() {
        return repl;
    }

    /** Whether the node's shell runs in a Linux guest rather than in its container. */
    public boolean inGuest() {
        return inGuest;
    }

    /**
     * The command ({@code docker exec}'s arguments) that runs a shell command line on a node of
     * this role, in its Linux guest or with sh in its container, and ends it after
     * {@code timeout} with exit code 124.
     */
    public List<String> shell(String line, Duration timeout) {
        return inGuest ? List.of("guest-exec", Long.toString(Math.max(1, timeout.toSeconds())), line)
                : List.of("timeout", Long.toString(timeout.toSeconds()), "sh", "-c", line);
    }

    /** Gives the node's container what this role needs beyond every node's, its pppd on {@code kernel}. */
    void prepare(NodeContainer container, PppdKernel kernel) {
    }

    /** The ESP32 model runs from the harness's own compiled classes, mounted into the node. */
    private static Path modelClasses() {
        Path classes = ProjectHome.path().resolve("target/classes");
        if (!Files.isDirectory(classes.resolve("dev/esp32ppp/esp32"))) {
            throw new LabException("the ESP32 model is not compiled at " + classes
                    + "; run mvn compile (./harness does)");
        }
        return classes;
    }
}
