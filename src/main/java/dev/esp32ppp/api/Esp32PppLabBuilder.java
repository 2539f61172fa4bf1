package dev.esp32ppp.api;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.PackageIndex;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.Topologies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What lab to start, said step by step; {@link #build()} checks it before any container starts,
 * {@link #start()} starts it. Files are the user's own (absolute, or relative to the working
 * directory); {@link Esp32PppLab#bundledFile} names the harness's own. Like Testcontainers'
 * builders, each {@code with...} changes this builder and returns it. Scenario files and the
 * {@code harness} command describe their labs with this builder too.
 */
public final class Esp32PppLabBuilder {
    private final String topology;
    private FirmwareProfile firmware;
    private Esp32Stack stack;
    private PppdVersion pppd;
    private boolean nativePppd;
    private boolean lanHost;
    private boolean lanLinux;
    private PackageIndex packageIndex;
    private LineSpec line;
    private Path flash;
    private Path mainPy;
    private Path flashAdditions;
    private Path s30ppp;
    private double timeScale;
    private Path runsFolder;
    /** What a {@code with...} could not take, said at {@link #build()} (the first of them). */
    private final List<String> refusals = new ArrayList<>();

    /** The defaults of a topology: official firmware, the environment's stack, pppd 2.4.9, the bundled files. */
    Esp32PppLabBuilder(String topology) {
        this(new LabChoices(topology, FirmwareProfile.IDF3_OFFICIAL, null, PppdVersion.DEFAULT, false, false, false,
                null, null, null, null, null, null, 0.1, Path.of("target", "harness-runs")));
    }

    Esp32PppLabBuilder(LabChoices choices) {
        topology = choices.topology();
        firmware = choices.firmware();
        stack = choices.stack();
        pppd = choices.pppd();
        nativePppd = choices.nativePppd();
        lanHost = choices.lanHost();
        lanLinux = choices.lanLinux();
        packageIndex = choices.packageIndex();
        line = choices.line();
        flash = choices.flash();
        mainPy = choices.mainPy();
        flashAdditions = choices.flashAdditions();
        s30ppp = choices.s30ppp();
        timeScale = choices.timeScale();
        runsFolder = choices.runsFolder();
    }

    /** The ESP32's firmware; {@link Firmware#IDF3_OFFICIAL} unless set. */
    public Esp32PppLabBuilder withFirmware(Firmware value) {
        firmware = value.profile();
        return this;
    }

    /** The ESP32's network stack; unless set, the environment's {@code ESP32_STACK}, else real lwIP. */
    public Esp32PppLabBuilder withStack(NetworkStack value) {
        stack = value.stack();
        return this;
    }

    /** The Linux's pppd: {@code "2.4.9"} (the default, as the field had it) or {@code "2.5.2"}. */
    public Esp32PppLabBuilder withPppd(String version) {
        try {
            pppd = PppdVersion.byId(version);
        } catch (IllegalArgumentException e) {
            refusals.add("withPppd(\"" + version + "\"): " + e.getMessage());
        }
        return this;
    }

    /**
     * pppd on the host kernel's {@code /dev/ppp} instead of in user-mode Linux (the default, and
     * what the harness's own tests run); refused at start on a host without {@code /dev/ppp}.
     */
    public Esp32PppLabBuilder withNativePppd() {
        return withNativePppd(true);
    }

    /** pppd on the host kernel's {@code /dev/ppp} (true) or in user-mode Linux (false, the default). */
    public Esp32PppLabBuilder withNativePppd(boolean value) {
        nativePppd = value;
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

    /**
     * Pins a package of the internet's package index (what {@code upip.install} finds): its
     * newest release becomes {@code version}, as the index had it at an earlier date (autostart only).
     */
    public Esp32PppLabBuilder withPackageIndexPin(String name, String version) {
        try {
            packageIndex = (packageIndex == null ? PackageIndex.ofProject() : packageIndex).pinned(name, version);
        } catch (IllegalArgumentException e) {
            refusals.add("withPackageIndexPin(\"" + name + "\", \"" + version + "\"): " + e.getMessage());
        }
        return this;
    }

    /**
     * The serial line between the boards; 115200 baud and clean unless set. Its rate carries an
     * end's octets until the end's program sets its UART's own (ppptun, S30ppp's pppd).
     */
    public Esp32PppLabBuilder withLine(SerialLine value) {
        return withLine(value.spec());
    }

    /** The serial line in the harness's own terms, with its impairments (a scenario file's {@code line:}). */
    public Esp32PppLabBuilder withLine(LineSpec value) {
        line = value;
        return this;
    }

    /** The ESP32's whole flash: a folder with boot.py, main.py and the modules they import. */
    public Esp32PppLabBuilder withFlash(Path folder) {
        flash = existing("withFlash", folder, true);
        return this;
    }

    /** Your main.py in place of the flash's own (autostart only: passthru's ESP32 waits at its prompt). */
    public Esp32PppLabBuilder withMainPy(Path file) {
        mainPy = existing("withMainPy", file, false);
        return this;
    }

    /** A folder whose files are copied onto the flash last: your modules (and main.py, if it has one). */
    public Esp32PppLabBuilder withFlashAdditions(Path folder) {
        flashAdditions = existing("withFlashAdditions", folder, true);
        return this;
    }

    /** The Linux's init script that starts pppd, in place of the bundled {@code S30ppp} (autostart only). */
    public Esp32PppLabBuilder withS30ppp(Path script) {
        s30ppp = existing("withS30ppp", script, false);
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
        runsFolder = folder.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Checks the options against each other and the files for being there.
     *
     * @throws LabOptionException naming the option, before any container starts
     */
    public LabDefinition build() {
        if (!refusals.isEmpty()) {
            throw new LabOptionException(refusals.get(0));
        }
        boolean passthru = topology.equals(Topologies.PASSTHRU);
        refuse(passthru && lanHost, "withLanHost(): the passthru topology (the pc and the ESP32) has no LAN host");
        refuse(passthru && lanLinux, "withLanLinux(): the passthru topology (the pc and the ESP32) has no LAN Linux");
        refuse(passthru && packageIndex != null, "withPackageIndexPin(): the passthru topology has no internet node");
        refuse(passthru && s30ppp != null, "withS30ppp(): the passthru topology has no SaxonSoc Linux; its pc runs pppd");
        refuse(passthru && mainPy != null, "withMainPy(): the passthru topology's ESP32 waits at its prompt for the "
                + "person at the pc; use the autostart topology for your main.py");
        refuse(!(timeScale > 0 && timeScale <= 10), "withTimeScale(" + timeScale + "): above 0 and at most 10");
        BoardSetup boards;
        try {
            boards = BoardSetup.of(firmware).withPppd(pppd);
        } catch (LabException e) {
            throw new LabOptionException("withStack(): " + e.getMessage());
        }
        boards = stack == null ? boards : boards.withStack(stack);
        boards = flash == null ? boards : boards.withFlash(flash);
        boards = mainPy == null ? boards : boards.withMain(mainPy);
        boards = flashAdditions == null ? boards : boards.withFlashAdditions(flashAdditions);
        boards = s30ppp == null ? boards : boards.withS30ppp(s30ppp);
        return new LabDefinition(new LabChoices(topology, firmware, stack, pppd, nativePppd, lanHost, lanLinux,
                packageIndex, line, flash, mainPy, flashAdditions, s30ppp, timeScale,
                runsFolder.toAbsolutePath().normalize()), boards);
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

    /** The file or folder as an absolute path, or null with the refusal noted when it is not there. */
    private Path existing(String option, Path path, boolean folder) {
        Path absolute = path.toAbsolutePath().normalize();
        boolean there = folder ? Files.isDirectory(absolute) : Files.isRegularFile(absolute);
        if (!there) {
            refusals.add(option + "(" + path + "): no such " + (folder ? "folder" : "file") + " (" + absolute + ")");
        }
        return absolute;
    }
}
