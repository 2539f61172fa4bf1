package dev.esp32ppp.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.serial.Cable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.testcontainers.utility.MountableFile;

/**
 * One lab: its networks (bridges in its own switch), its nodes (containers), its serial cables,
 * and the events of the run on one clock. Everything it creates is labelled with the lab's id
 * and removed by {@link #close()}, which also runs on Ctrl-C; a failed start removes what it had
 * made.
 */
public final class Lab implements AutoCloseable {
    public static final String LABEL = "dev.esp32ppp.lab";
    static final String WIRE_PREFIX = "esp32ppp-wire-";

    private final LabConfig config;
    private final String id = String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    private final EventLog events = new EventLog();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::closeQuietly, "lab-teardown");
    private LinkPlan links;
    private LabSwitch labSwitch;
    private UartWiring uarts;
    private Path wireFolder;
    private Path runFolder;

    private Lab(LabConfig config) {
        this.config = config;
    }

    /** Builds and powers on the lab; on failure nothing of it is left. */
    public static Lab start(LabConfig config) {
        return start(config, event -> { });
    }

    /** The same, telling {@code listener} of every event from the first on. */
    public static Lab start(LabConfig config, Consumer<Event> listener) {
        Lab lab = new Lab(config);
        lab.events.listen(listener);
        try {
            lab.bringUp();
            return lab;
        } catch (RuntimeException | IOException e) {
            lab.closeQuietly();
            if (e instanceof LabException le) {
                throw le;
            }
            throw new LabException("the lab did not start: " + e.getMessage(), e);
        }
    }

    private void bringUp() throws IOException {
        HostPpp.ofThisHost().check(config.pppdKernel());
        DockerClient docker = DockerEngine.client();
        ImageCatalog catalog = ImageCatalog.ofProject();
        for (NodeSpec spec : config.topology().nodes()) {
            String image = catalog.image(spec.role());
            if (!DockerEngine.hasImage(docker, image)) {
                throw new LabException("image " + image + " for node " + spec.name()
                        + " is missing; build it with ./harness images");
            }
        }
        CrashedLabs.sweep(docker, events);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        runFolder = RunFolder.create(config.runsFolder(), id);
        wireFolder = Files.createTempDirectory(WIRE_PREFIX);
        events.record("harness", EventKind.LAB_START, "lab " + id + ", time scale " + config.timeScale());
        links = LinkPlan.of(id, config.topology());
        if (!links.links().isEmpty()) {
            startSwitch(catalog.image(config.topology().nodes().get(0).role()));
        }
        uarts = new UartWiring(wireFolder, events);
        for (NodeSpec spec : config.topology().nodes()) {
            powerOn(spec, catalog.image(spec.role()), uarts.listen(spec));
        }
        uarts.connect(config.topology().cables(), nodes);
    }

    /** The passthru cable: DIP switch SW1 and who holds the pc's serial port. */
    public Passthru passthru() {
        return uarts.passthru();
    }

    /** The cable on a node's UART, e.g. ("esp32", "uart0") for the ESP32's REPL. */
    public Cable cable(String node, String uart) {
        return uarts.cable(node, uart);
    }

    /** Octets onto the line from a board's UART (its cable's), beside what its programs send: {@link Cable#send}. */
    public void send(String node, byte[] octets) throws IOException {
        cable(node, node(node).spec().role().cableUart()).send(node, octets);
    }

    /** The lab's switch, from {@code image}, with a bridge for each network its links are on. */
    private void startSwitch(String image) {
        EngineHost.ofEnvironment().requireThisMachine();
        labSwitch = new LabSwitch(containerName(id, "switch"), image, labels(), new LinkWiring(new HostCommands()));
        labSwitch.start(links.networks());
        links.networks().forEach(network ->
                events.record("harness", EventKind.NETWORK_UP, network.id() + " " + network.subnet()));
    }

    private void powerOn(NodeSpec spec, String image, Map<String, String> uartEnv) {
        List<Attachment> attachments = spec.attachments();
        List<Link> nodeLinks = links.of(spec.name());
        NodeContainer container = new NodeContainer(image,
                nodeLinks.isEmpty() ? pid -> { } : pid -> labSwitch.connect(pid, nodeLinks));
        ConsoleLog console = new ConsoleLog(spec.name(), events);
        String nameServer = attachments.isEmpty() ? LabAddresses.ROUTER_LAN : attachments.get(0).network().router();
        container.withImagePullPolicy(name -> false)
                .withLabels(labels())
                .withEnv("NODE", spec.name())
                .withEnv("LAB_DNS", nameServer)
                .withEnv("LAB_LINKS", links.interfaces(spec.name()))
                .withEnv("BOOT_DELAY", String.format(Locale.ROOT, "%.3f", spec.bootSeconds() * config.timeScale()))
                .withEnv("TIME_SCALE", Double.toString(config.timeScale()))
                .withLogConsumer(console)
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withName(containerName(id, spec.name())).withHostName(spec.name());
                    cmd.getHostConfig().withCapAdd(Capability.NET_ADMIN).withDns(nameServer)
                            .withSysctls(spec.sysctls()).withDevices(Device.parse("/dev/net/tun"));
                });
        // the lines Docker's networks wrote in /etc/hosts: the node's own name at each of its addresses
        nodeLinks.forEach(link -> container.withExtraHost(spec.name(), link.address()));
        if (spec.role().hasUart()) {
            container.withFileSystemBind(wireFolder.toString(), "/wire");
            uartEnv.forEach(container::withEnv);
        }
        spec.env().forEach(container::withEnv);
        spec.role().prepare(container, config.pppdKernel());
        spec.files().forEach((host, inContainer) -> {
            if (!Files.exists(host)) {
                throw new LabException("fixture " + host + " for node " + spec.name() + " does not exist");
            }
            container.withCopyFileToContainer(MountableFile.forHostPath(host, 0755), inContainer);
        });
        Node node = new Node(spec, container, console);
        nodes.put(spec.name(), node);
        events.record(spec.name(), EventKind.POWER_ON, image);
        container.start();
        events.record(spec.name(), EventKind.STARTED, "container " + container.getContainerId().substring(0, 12));
    }

    /** What every container of the lab carries: the lab, its owner, its wire folder. */
    private Map<String, String> labels() {
        return Map.of(LABEL, id, CrashedLabs.OWNER, CrashedLabs.self(), CrashedLabs.WIRE, wireFolder.toString());
    }

    public String id() {
        return id;
    }

    /** The container of a lab's node: {@code esp32ppp-LAB-NODE}. */
    public static String containerName(String labId, String node) {
        return "esp32ppp-" + labId + "-" + node;
    }

    public EventLog events() {
        return events;
    }

    public Path runFolder() {
        return runFolder;
    }

    public Node node(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new LabException("no node " + name + " in this lab; it has " + nodes.keySet());
        }
        return node;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** What the lab did so far, for a report; {@code title} says what it showed. */
    public LabRecord record(String title) {
        return new LabRecord(title, id, List.copyOf(nodes.keySet()), events.events(), consoles(), runFolder);
    }

    private Map<String, List<String>> consoles() {
        Map<String, List<String>> consoles = new LinkedHashMap<>();
        nodes.values().forEach(node -> consoles.put(node.name(), node.consoleLines()));
        return consoles;
    }

    /** Stops and removes everything of the lab and writes the run's files; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<Exception> problems = new ArrayList<>();
        events.record("harness", EventKind.LAB_STOP, "lab " + id);
        if (uarts != null) {
            attempt(problems, uarts::close);
        }
        for (Node node : nodes.values()) {
            attempt(problems, () -> node.container().stop());
        }
        if (labSwitch != null) {
            attempt(problems, labSwitch::stop);
        }
        attempt(problems, () -> Folders.deleteTree(wireFolder));
        attempt(problems, this::writeRunFiles);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // closing from the hook itself
        }
        if (!problems.isEmpty()) {
            LabException failure = new LabException("tearing down lab " + id + " left problems: " + problems.get(0));
            problems.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
        }
    }

    private void writeRunFiles() throws IOException {
        if (runFolder == null) {
            return;
        }
        RunFolder.write(runFolder, events, consoles());
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void attempt(List<Exception> problems, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            problems.add(e);
        }
    }
}
