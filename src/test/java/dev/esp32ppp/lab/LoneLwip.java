package dev.esp32ppp.lab;

import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.serial.UnixSocketLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * esp32-lwip, the ESP32's real-lwIP stack, alone in a container of the esp32 image: no network,
 * no MicroPython, UART2 a line the test holds. The container's pty is bridged to a Unix socket in
 * a folder shared with the test (as a lab's cable is), and so is the program's control socket;
 * the shell that started it writes its PID there, and its exit status when it ends. Labelled as a
 * lab is, so that a run killed outright leaves nothing the next lab does not sweep.
 */
public final class LoneLwip implements AutoCloseable {
    private static final String CONTROL = "control";
    private static final String UART = "uart2";
    private static final String PID = "pid";
    private static final String EXIT = "exit";
    /**
     * socat joins the pty to the test's line and, once the program listens, its control port to a
     * socket in the folder; PID and exit status are written whole (renamed into place).
     */
    private static final String SCRIPT = """
            socat PTY,link=/dev/ttyUART2,raw,echo=0 UNIX-CONNECT:/wire/uart2 &
            while [ ! -e /dev/ttyUART2 ]; do sleep 0.05; done
            esp32-lwip /dev/ttyUART2 "$1" 7000 "$2" "$3" &
            lwip=$!
            echo "$lwip" > /wire/pid.new && mv /wire/pid.new /wire/pid
            until socat -u /dev/null TCP:127.0.0.1:7000 2>/dev/null; do sleep 0.05; done
            socat UNIX-LISTEN:/wire/control,fork TCP:127.0.0.1:7000 &
            status=0
            wait "$lwip" || status=$?
            echo "$status" > /wire/exit.new && mv /wire/exit.new /wire/exit
            exec sleep infinity
            """;
    private static final Pattern RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB$");

    private final Path wire;
    private final GenericContainer<?> container;
    private final UnixSocketLine uart;
    private final long pid;

    private LoneLwip(Path wire, GenericContainer<?> container, UnixSocketLine uart, long pid) {
        this.wire = wire;
        this.container = container;
        this.uart = uart;
        this.pid = pid;
    }

    /** Starts the program with a firmware profile's window; on failure nothing of it is left. */
    public static LoneLwip start(FirmwareProfile profile, Duration timeout) throws IOException {
        String image = ImageCatalog.ofProject().image(NodeRole.ESP32);
        if (!DockerEngine.hasImage(DockerEngine.client(), image)) {
            throw new LabException("image " + image + " is missing; build it with ./harness images");
        }
        String id = String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
        Path wire = Files.createTempDirectory(Lab.WIRE_PREFIX);
        GenericContainer<?> container = null;
        try (UnixSocketLine.Listener listener = UnixSocketLine.listen("esp32", wire.resolve(UART))) {
            container = new GenericContainer<>(DockerImageName.parse(image))
                    .withImagePullPolicy(name -> false)
                    .withLabels(Map.of(Lab.LABEL, id, CrashedLabs.OWNER, CrashedLabs.self(), CrashedLabs.WIRE, wire.toString()))
                    .withNetworkMode("none")
                    .withFileSystemBind(wire.toString(), "/wire")
                    .withCreateContainerCmdModifier(cmd -> {
                        cmd.withName(Lab.containerName(id, "lwip-alone"));
                        cmd.getHostConfig().withCapAdd(Capability.NET_ADMIN).withDevices(Device.parse("/dev/net/tun"));
                    })
                    .withCommand("sh", "-c", SCRIPT, "lone-lwip", profile.id(), Long.toString(profile.restartMillis()),
                            Integer.toString(profile.maxConfigure()));
            container.start();
            UnixSocketLine uart = listener.accept(timeout);
            await("esp32-lwip listening on its control socket").atMost(timeout).pollInterval(Duration.ofMillis(50))
                    .until(() -> Files.exists(wire.resolve(CONTROL)) || Files.exists(wire.resolve(EXIT)));
            long pid = Long.parseLong(Files.readString(wire.resolve(PID)).strip());
            return new LoneLwip(wire, container, uart, pid);
        } catch (RuntimeException | IOException e) {
            if (container != null) {
                container.stop();
            }
            Folders.deleteTree(wire);
            throw e;
        }
    }

    /** UART2's far end: what the test writes lwIP reads, what lwIP writes the test reads. */
    public UnixSocketLine uart() {
        return uart;
    }

    /** The program's control socket (the port the board shim uses), bridged into the shared folder. */
    public Path controlSocket() {
        return wire.resolve(CONTROL);
    }

    public long pid() {
        return pid;
    }

    /** The program's exit status (128 + the signal that killed it), empty while it runs. */
    public OptionalInt exitStatus() {
        Path exit = wire.resolve(EXIT);
        try {
            return Files.exists(exit) ? OptionalInt.of(Integer.parseInt(Files.readString(exit).strip())) : OptionalInt.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program's resident set from /proc in the container, in KiB. */
    public long residentKib() {
        String status = exec("cat", "/proc/" + pid + "/status");
        Matcher rss = RSS.matcher(status);
        if (!rss.find()) {
            throw new IllegalStateException("no VmRSS in /proc/" + pid + "/status: " + status);
        }
        return Long.parseLong(rss.group(1));
    }

    /** The command line of the process with the program's PID: esp32-lwip's while it lives. */
    public String commandLine() {
        return exec("sh", "-c", "tr '\\0' ' ' < /proc/" + pid + "/cmdline").strip();
    }

    /** The program's own output: its events and diagnostics. */
    public String log() {
        return container.getLogs();
    }

    private String exec(String... command) {
        try {
            var result = container.execInContainer(command);
            return result.getStdout() + result.getStderr();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            uart.close();
        } finally {
            container.stop();
            Folders.deleteTree(wire);
        }
    }
}
