package dev.esp32ppp.bench;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.LinuxGuest;
import dev.esp32ppp.lab.Topologies;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The link's TCP goodput against the line's limit: at each line speed, an autostart lab where
 * the Linux fetches a file of random bytes from the ESP32 over PPP.
 */
public final class LinkGoodput implements Benchmark {
    private final int[] bauds;
    private final int kib;

    /** @param kib the size of each transfer in KiB */
    public LinkGoodput(int[] bauds, int kib) {
        this.bauds = bauds.clone();
        this.kib = kib;
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public void run(PrintStream out) {
        for (int baud : bauds) {
            goodput(baud, out);
        }
    }

    private void goodput(int baud, PrintStream out) {
        LabConfig config = new LabConfig(Topologies.autostart(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL))
                .withLine(LineSpec.at(baud)), 0.1, LabConfig.defaultRunsFolder());
        try (Lab lab = Lab.start(config)) {
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
            out.printf(Locale.ROOT, "link: %d baud, %d KiB esp32->saxonsoc over TCP: %.0f B/s goodput, "
                    + "line limit %.0f B/s (%.1f%%), best possible after framing %.0f B/s (%.1f%%)%n",
                    baud, kib, goodput, line, 100 * goodput / line, best, 100 * goodput / best);
        }
    }
}
