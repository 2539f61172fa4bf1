package dev.esp32ppp.cli;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcEncoder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints figures: the PPP codec's raw throughput, the link's TCP goodput against the line's
 * limit, the lab's bring-up (cold and warm, each node's start) and the accuracy of the ESP32's
 * window against its profile.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: PPP codec throughput (MB/s), TCP goodput over the emulated serial line, lab "
                + "bring-up (cold, warm, per node) and the ESP32's window accuracy.")
final class BenchCommand implements Callable<Integer> {
    private static final List<String> PARTS = List.of("codec", "link", "bringup", "window");

    @Option(names = "--only", split = ",", description = "some of: codec, link, bringup, window (default: all)")
    List<String> only;

    @Option(names = "--window-profiles", split = ",", defaultValue = "idf3-official,pnr5-ipforward",
            converter = LabOptions.ProfileConverter.class,
            description = "firmwares whose window to time (lwip-source takes 60 s)")
    List<FirmwareProfile> windowProfiles;

    @Option(names = "--bauds", split = ",", defaultValue = "115200,230400", description = "line speeds to measure")
    int[] bauds;

    @Option(names = "--kib", defaultValue = "256", description = "size of each transfer in KiB (default ${DEFAULT-VALUE})")
    int kib;

    @Override
    public Integer call() {
        List<String> parts = only == null ? PARTS : only;
        parts.stream().filter(part -> !PARTS.contains(part)).findFirst().ifPresent(part -> {
            throw new LabException("unknown benchmark '" + part + "'; --only takes " + String.join(", ", PARTS));
        });
        if (parts.contains("codec")) {
            codec();
        }
        if (parts.contains("link")) {
            for (int baud : bauds) {
                goodput(baud);
            }
        }
        if (parts.contains("bringup")) {
            bringUp("cold (the first lab of this process)");
            bringUp("warm (the next lab)");
        }
        if (parts.contains("window")) {
            windowProfiles.forEach(BenchCommand::window);
        }
        return 0;
    }

    /**
     * The autostart lab at time scale 0.1 until PPP is up on both sides, timed on the lab's
     * clock: the lab's start, each node's container start and its own boot milestone.
     */
    private static void bringUp(String which) {
        long start = System.nanoTime();
        try (Lab lab = Lab.start(Topologies.autostart(FirmwareProfile.IDF3_OFFICIAL,
                ProjectHome.fixtures().resolve("esp32/flash"), null, 0.1, LabConfig.defaultRunsFolder()))) {
            double started = (System.nanoTime() - start) / 1e9;
            lab.events().await("esp32", EventKind.PPP_UP, Duration.ofSeconds(120));
            lab.events().await("saxonsoc", EventKind.PPP0_UP, Duration.ofSeconds(120));
            double connected = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "bring-up %s: Lab.start returned after %.1f s, PPP up on both sides "
                    + "after %.1f s (time scale 0.1: boot delay and main.py's wait are 5 s each)%n", which, started,
                    connected);
            for (String node : List.of("router", "internet", "esp32", "saxonsoc")) {
                Duration on = lab.events().of(node, EventKind.POWER_ON).get(0).at();
                Duration up = lab.events().of(node, EventKind.STARTED).get(0).at();
                EventKind milestone = switch (node) {
                    case "esp32" -> EventKind.MICROPYTHON_START;
                    case "saxonsoc" -> EventKind.KERNEL_UP;
                    case "router" -> EventKind.ROUTER_UP;
                    default -> EventKind.INTERNET_UP;
                };
                String ready = lab.events().of(node, milestone).stream().findFirst()
                        .map(e -> String.format(Locale.ROOT, ", %s after %.2f s", milestone,
                                e.at().minus(on).toNanos() / 1e9)).orElse("");
                System.out.printf(Locale.ROOT, "  %-9s container started in %.2f s%s%n", node,
                        up.minus(on).toNanos() / 1e9, ready);
            }
        }
    }

    /** The ESP32 alone: connect() with nobody answering, timed until it gives up, against the profile's window. */
    private static void window(FirmwareProfile profile) {
        try (Lab lab = Lab.start(Topologies.esp32Alone(profile, LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            Duration gaveUp = lab.events().await("esp32", EventKind.PPP_GAVE_UP,
                    Duration.ofMillis(profile.windowMillis() * 2L + 10_000)).at();
            Duration measured = gaveUp
                    .minus(lab.events().of("esp32", EventKind.PPP_CONNECT).get(0).at());
            System.out.printf(Locale.ROOT, "window %s: gave up %.3f s after connect(), profile %.1f s, ratio %.4f%n",
                    profile.id(), measured.toNanos() / 1e9, profile.windowMillis() / 1000.0,
                    measured.toNanos() / 1e6 / profile.windowMillis());
        }
    }

    private static void codec() {
        Random random = new Random(1);
        byte[][] frames = new byte[256][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new byte[1500];
            random.nextBytes(frames[i]);
        }
        long[] decoded = new long[1];
        HdlcDecoder decoder = new HdlcDecoder(1600, frame -> decoded[0] += frame.content().length);
        long bytes = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < end) {
            for (byte[] frame : frames) {
                byte[] wire = HdlcEncoder.encode(frame, 0);
                decoder.accept(wire, 0, wire.length);
                bytes += frame.length;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "codec: HDLC encode+decode of 1500-octet frames, ACCM 0: %.1f MB/s (%d frames checked)%n",
                bytes / seconds / 1e6, decoded[0] / 1500);
    }

    private void goodput(int baud) {
        try (Lab lab = Lab.start(Topologies.linuxWithEsp32(FirmwareProfile.IDF3_OFFICIAL,
                ProjectHome.fixtures().resolve("saxonsoc/S30ppp"), baud, 0.1, LabConfig.defaultRunsFolder()))) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            LinuxGuest linux = new LinuxGuest(lab.node("saxonsoc"));
            linux.awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
            lab.node("esp32").exec("sh", "-c", "mkdir -p /tmp/www && head -c " + kib * 1024
                    + " /dev/urandom > /tmp/www/blob && busybox httpd -p 8080 -h /tmp/www");
            CommandResult fetch = linux.run("curl -s -o /dev/null -w '%{speed_download}' http://10.0.5.1:8080/blob",
                    Duration.ofSeconds(kib * 1024L * 20 / baud + 60));
            double goodput = Double.parseDouble(fetch.output().strip());
            double line = baud / 10.0;
            // per 1500-octet datagram: 1460 of data; PPP adds flag, protocol and FCS (VJ shrinks TCP/IP to ~3)
            // and escapes about 2 of each 256 random octets
            double best = line * 1460 / (1460 + 3 + 5) / (1 + 2 / 256.0);
            System.out.printf(Locale.ROOT, "link: %d baud, %d KiB esp32->saxonsoc over TCP: %.0f B/s goodput, "
                    + "line limit %.0f B/s (%.1f%%), best possible after framing %.0f B/s (%.1f%%)%n",
                    baud, kib, goodput, line, 100 * goodput / line, best, 100 * goodput / best);
        }
    }
}
