package dev.esp32ppp.cli;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcEncoder;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints figures: the PPP codec's raw throughput and the link's TCP goodput against the line's limit. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: PPP codec throughput (MB/s) and TCP goodput over the emulated serial line.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--bauds", split = ",", defaultValue = "115200,230400", description = "line speeds to measure")
    int[] bauds;

    @Option(names = "--kib", defaultValue = "256", description = "size of each transfer in KiB (default ${DEFAULT-VALUE})")
    int kib;

    @Override
    public Integer call() {
        codec();
        for (int baud : bauds) {
            goodput(baud);
        }
        return 0;
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
