package dev.esp32ppp.api;

import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.NodeSpec;
import dev.esp32ppp.lab.Nodes;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.scenario.ScenarioLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What lab to start, said step by step; {@link #build()} checks it before any container starts,
 * {@link #start()} starts it. Files are the user's own (absolute, or relative to the working
 * directory); {@link Esp32PppLab#bundledFile} names the harness's own. Like Testcontainers'
 * builders, each {@code with...} changes this builder and returns it.
 */
public final class Esp32PppLabBuilder {
    private final String topology;
    private Firmware firmware = Firmware.IDF3_OFFICIAL;
    private NetworkStack stack;
    private String pppd = PppdVersion.DEFAULT.id();
    private boolean nativePppd;
    private boolean lanHost;
    private boolean lanLinux;
    private SerialLine line;
    private Path flash;
    private Path mainPy;
    private Path flashAdditions;
    private Path s30ppp;
    private double timeScale = 0.1;
    private Path runsFolder = Path.of("target", "harness-runs");

    private Esp32PppLabBuilder(String topology) {
        this.topology = topology;
    }

    /** The defaults of a topology: official firmware, the environment's stack, pppd 2.4.9, the bundled files. */
    static Esp32PppLabBuilder of(String topology) {
        return new Esp32PppLabBuilder(topology);
    }

    /** The ESP32's firmware; {@link Firmware#IDF3_OFFICIAL} unless set. */
    public Esp32PppLabBuilder withFirmware(Firmware value) {
        firmware = value;
        return this;
    }

    /** The ESP32's network stack; unless set, the environment's {@code ESP32_STACK}, else real lwIP. */
    public Esp32PppLabBuilder withStack(NetworkStack value) {
        stack = value;
        return this;
    }

    /** The Linux's pppd: {@code "2.4.9"} (the default, as the field had it) or {@code "2.5.2"}. */
    public Esp32PppLabBuilder withPppd(String version) {
        pppd = version;
        return this;
    }

    /**
     * pppd on the host kernel's {@code /dev/ppp} instead of in user-mode Linux (the default, and
     * what the harness's own tests run); refused at start on a host without {@code /dev/ppp}.
     */
    public Esp32PppLabBuilder withNativePppd() {
        nativePppd = true;
        return this;
    }

    /** Adds the other computer on the WiFi LAN, {@code lanhost} at 192.168.28.10 (autostart only). */
    public Esp32PppLabBuilder withLanHost() {
        lanHost = true;
        return this;
    }

    /** Adds the LAN Linux, {@code lanlinux}, a tunnel's other end (autostart only). */
    public Esp32PppLabBuilder withLanLinux() {
        lanLinux = true;
        return this;
    }

    /** The serial line between the boards; 230400 baud and clean unless set. */
    public Esp32PppLabBuilder withLine(SerialLine value) {
        line = value;
        return this;
    }

    /** The ESP32's whole flash: a folder with boot.py, main.py and the modules they import. */
    public Esp32PppLabBuilder withFlash(Path folder) {
        flash = folder;
        return this;
    }

    /** Your main.py in place of the flash's own (autostart only: passthru's ESP32 waits at its prompt). */
    public Esp32PppLabBuilder withMainPy(Path file) {
        mainPy = file;
        return this;
    }

    /** A folder whose files are copied onto the flash last: your modules (and main.py, if it has one). */
    public Esp32PppLabBuilder withFlashAdditions(Path folder) {
        flashAdditions = folder;
        return this;
    }

    /** The Linux's init script that starts pppd, in place of the bundled {@code S30ppp} (autostart only). */
    public Esp32PppLabBuilder withS30ppp(Path script) {
        s30ppp = script;
        return this;
    }

    /**
     * The factor for the long waits (the Linux's 50 s boot, main.py's sleeps of 5 s and more):
     * 0.1 unless set, 1 is the field's timing; PPP's own timers stay real.
     */
    public Esp32PppLabBuilder withTimeScale(double factor) {
        timeScale = factor;
        return this;
    }

    /** Where each run's folder (events, transcript, consoles) goes; {@code target/harness-runs} unless set. */
    public Esp32PppLabBuilder withRunsFolder(Path folder) {
        runsFolder = folder;
        return this;
    }

    /**
     * Checks the options against each other and the files for being there.
     *
     * @throws LabOptionException naming the option, before any container starts
     */
    public LabDefinition build() {
        boolean passthru = topology.equals(Topologies.PASSTHRU);
        refuse(passthru && lanHost, "withLanHost(): the passthru topology (the pc and the ESP32) has no LAN host");
        refuse(passthru && lanLinux, "withLanLinux(): the passthru topology (the pc and the ESP32) has no LAN Linux");
        refuse(passthru && s30ppp != null, "withS30ppp(): the passthru topology has no SaxonSoc Linux; its pc runs pppd");
        refuse(passthru && mainPy != null, "withMainPy(): the passthru topology's ESP32 waits at its prompt for the "
                + "person at the pc; use the autostart topology for your main.py");
        refuse(!(timeScale > 0 && timeScale <= 10), "withTimeScale(" + timeScale + "): above 0 and at most 10");
        BoardSetup boards;
        try {
            boards = BoardSetup.of(firmware.profile());
        } catch (LabException e) {
            throw new LabOptionException("withStack(): " + e.getMessage());
        }
        if (stack != null) {
            boards = boards.withStack(stack.stack());
        }
        try {
            boards = boards.withPppd(PppdVersion.byId(pppd));
        } catch (IllegalArgumentException e) {
            throw new LabOptionException("withPppd(\"" + pppd + "\"): " + e.getMessage());
        }
        if (flash != null) {
            boards = boards.withFlash(existing("withFlash", flash, true));
        }
        if (mainPy != null) {
            boards = boards.withMain(existing("withMainPy", mainPy, false));
        }
        if (flashAdditions != null) {
            boards = boards.withFlashAdditions(existing("withFlashAdditions", flashAdditions, true));
        }
        if (s30ppp != null) {
            boards = boards.withS30ppp(existing("withS30ppp", s30ppp, false));
        }
        List<NodeSpec> added = new ArrayList<>();
        if (lanHost) {
            added.add(Nodes.lanhost());
        }
        if (lanLinux) {
            added.add(Nodes.lanLinux());
        }
        ScenarioLab lab = new ScenarioLab(topology, boards, added, line == null ? null : line.spec(), timeScale,
                nativePppd ? PppdKernel.NATIVE : PppdKernel.UML);
        return new LabDefinition(lab, runsFolder.toAbsolutePath().normalize());
    }

    /** {@link #build()}, then {@link LabDefinition#start()}: the lab, powered on. */
    public Esp32PppLab start() {
        return build().start();
    }

    private static void refuse(boolean contradiction, String message) {
        if (contradiction) {
            throw new LabOptionException(message);
        }
    }

    private static Path existing(String option, Path path, boolean folder) {
        Path absolute = path.toAbsolutePath().normalize();
        boolean there = folder ? Files.isDirectory(absolute) : Files.isRegularFile(absolute);
        refuse(!there, option + "(" + path + "): no such " + (folder ? "folder" : "file") + " (" + absolute + ")");
        return absolute;
    }
}
