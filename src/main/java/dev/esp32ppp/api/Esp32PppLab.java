package dev.esp32ppp.api;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.Node;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.steps.Checks;
import dev.esp32ppp.steps.PassthruPerson;
import dev.esp32ppp.steps.Steps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A running lab: an ESP32 (MicroPython) and a SaxonSoc Linux joined by PPP over a serial line the
 * harness owns, the WiFi LAN's router and a simulated internet around them, each node a
 * container. Start one with {@code Esp32PppLab.autostart().withFirmware(...).start()}, or let
 * the JUnit extension ({@code Esp32PppLabExtension}) start and stop it for a test class. Closing it
 * removes every container and link and writes its run folder (events, transcript, consoles).
 */
public final class Esp32PppLab implements AutoCloseable {
    private final Lab lab;
    private final Esp32Node esp32;

    Esp32PppLab(Lab lab) {
        this.lab = lab;
        this.esp32 = lab.nodes().stream().anyMatch(node -> node.name().equals("esp32"))
                ? new Esp32Node(lab, lab.node("esp32")) : null;
    }

    /**
     * The field's autostart: both boards power up together, the ESP32's main.py starts PPP, WiFi,
     * FTP, NTP and SOCKS, the Linux boots and its S30ppp starts pppd. Nodes: router, internet,
     * esp32, saxonsoc (and lanhost, lanlinux when asked for).
     */
    public static Esp32PppLabBuilder autostart() {
        return new Esp32PppLabBuilder(Topologies.AUTOSTART);
    }

    /**
     * The passthru setup: the ESP32 idle at its prompt and a pc on its USB serial, through DIP
     * switch SW1 to UART0 (the REPL) or UART2 (PPP). Nodes: esp32, pc.
     */
    public static Esp32PppLabBuilder passthru() {
        return new Esp32PppLabBuilder(Topologies.PASSTHRU);
    }

    /**
     * A builder for a topology by the name a scenario file gives it ({@code topology:}), one of
     * {@code autostart} and {@code passthru}.
     *
     * @throws LabOptionException naming the known topologies, for another name
     */
    public static Esp32PppLabBuilder topology(String name) {
        if (!Topologies.names().contains(name)) {
            throw new LabOptionException("unknown topology '" + name + "'; known: " + String.join(", ",
                    Topologies.names()));
        }
        return new Esp32PppLabBuilder(name);
    }

    /**
     * A file the harness brings along (its fixtures): e.g. {@code esp32/main-wifi-first.py},
     * {@code recipes/linux-default-route.sh}, {@code saxonsoc/S30ppp}.
     *
     * @throws IllegalArgumentException when the harness has no such file
     */
    public static Path bundledFile(String relative) {
        Path file = ProjectHome.fixtures().resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("the harness brings no " + relative + " (looked in " + file + ")");
        }
        return file;
    }

    /** The lab's id, six hex digits; its containers are named {@code esp32ppp-ID-NODE}. */
    public String id() {
        return lab.id();
    }

    /** The names of its nodes in power-on order. */
    public List<String> nodeNames() {
        return lab.nodes().stream().map(Node::name).toList();
    }

    /** The SaxonSoc Linux. */
    public LinuxNode saxonsoc() {
        return new LinuxNode(lab, lab.node("saxonsoc"));
    }

    /** The pc of the passthru setup. */
    public LinuxNode pc() {
        return new LinuxNode(lab, lab.node("pc"));
    }

    /** The ESP32 board. */
    public Esp32Node esp32() {
        if (esp32 == null) {
            throw new LabException("no node esp32 in this lab; it has " + nodeNames());
        }
        return esp32;
    }

    /** The LAN's router (192.168.28.254): DHCP, DNS, forwarding, where masquerade recipes go. */
    public LabNode router() {
        return node("router");
    }

    /** The internet (198.18.0.80): web server, NTP, names such as www.yahoo.com. */
    public LabNode internet() {
        return node("internet");
    }

    /** The other computer on the WiFi LAN (192.168.28.10), when the lab has it ({@code withLanHost()}). */
    public LabNode lanhost() {
        return node("lanhost");
    }

    /** Any node by name, e.g. {@code lanlinux}; a Linux guest's commands run in the guest. */
    public LabNode node(String name) {
        return new LabNode(lab, lab.node(name));
    }

    /** The lab's events, and waits for the next. */
    public LabEvents events() {
        return new LabEvents(lab.events());
    }

    /** The PPP transcript so far: every frame on the serial line in pppd's notation, as transcript.txt has it. */
    public List<String> transcript() {
        return lab.events().select(Event::isFrame).stream().map(Event::line).toList();
    }

    /** Where the run's files (events.txt, transcript.txt, each node's console log) are written when it closes. */
    public Path runFolder() {
        return lab.runFolder();
    }

    /**
     * Plays the person at the pc of the passthru setup, as the passthru scenario does: at the
     * ESP32's REPL (SW1=ON) types {@code import ppptun} and {@code p=ppptun.ppptun()}, flips SW1 to
     * OFF (UART2) {@code flipAfter} after the ESP32's connect(), closes the terminal and runs the
     * notes' pppd on the pc; then {@code pc().awaitPpp0(...)} waits for the link.
     *
     * @return passed once pppd runs, failed with the reason when the board or the pc did not answer
     * @throws IllegalStateException in a lab that is not the passthru setup
     */
    public CheckOutcome actAsThePersonAtThePc(Duration flipAfter) {
        if (!nodeNames().contains("pc")) {
            throw new IllegalStateException("only the passthru lab has a person at the pc; this one has " + nodeNames());
        }
        return CheckOutcome.of(new PassthruPerson(lab).perform(new Steps.PassthruPlan(flipAfter)));
    }

    /** Runs a check on the lab, as a scenario file's {@code checks:} do; its verdict. */
    public CheckOutcome check(Check check) {
        return CheckOutcome.of(Checks.run(lab, check.step()));
    }


    /**
     * Runs every check (all of them, also after one failed).
     *
     * @throws AssertionError naming each failed check with its reason
     */
    public void verify(Check... checks) {
        CheckOutcome.assertPassed(Arrays.stream(checks).map(this::check).toList(), "run folder " + runFolder());
    }

    /** Stops and removes every container and link of the lab and writes its run folder; safe to call twice. */
    @Override
    public void close() {
        if (esp32 != null) {
            esp32.closeRepl();
        }
        lab.close();
    }
}
