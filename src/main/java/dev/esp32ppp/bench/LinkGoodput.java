package dev.esp32ppp.bench;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.LabDefinition;
import dev.esp32ppp.api.NetworkStack;
import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Esp32Control;
import dev.esp32ppp.lab.Folders;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.lab.LinuxGuest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The link's TCP goodput against the line's limit: at each line speed and on each ESP32 stack,
 * an autostart lab where the Linux fetches a file of random bytes from the ESP32 over PPP; with
 * both stacks, lwIP's goodput over the model's. Both boards set their UARTs to the speed measured
 * (each end's octets cross at its own UART's rate): the board's main.py makes UART(2) at it and
 * leaves PPP to the benchmark, the Linux's S30ppp runs pppd at it; both files are written for the
 * lab into a temporary folder, removed after it.
 */
public final class LinkGoodput implements Benchmark {
    private final int[] bauds;
    private final int kib;
    private final List<Esp32Stack> stacks;

    /** @param kib the size of each transfer in KiB */
    public LinkGoodput(int[] bauds, int kib, List<Esp32Stack> stacks) {
        this.bauds = bauds.clone();
        this.kib = kib;
        this.stacks = List.copyOf(stacks);
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public void run(PrintStream out) {
        for (int baud : bauds) {
            StackComparison comparison = new StackComparison();
            for (Esp32Stack stack : stacks) {
                double goodput = goodput(baud, stack);
                out.println(line(baud, kib, stack, goodput));
                comparison.add(stack, goodput);
            }
            comparison.ratioLine("link: " + baud + " baud", "goodput").ifPresent(out::println);
        }
    }

    /** The figure's line: the goodput against the line's limit and against the best possible after framing. */
    static String line(int baud, int kib, Esp32Stack stack, double goodput) {
        double line = baud / 10.0;
        // per 1500-octet datagram: 1460 of data; PPP adds flag, protocol and FCS (VJ shrinks TCP/IP to ~3)
        // and escapes about 2 of each 256 random octets
        double best = line * 1460 / (1460 + 3 + 5) / (1 + 2 / 256.0);
        return String.format(Locale.ROOT, "link: %d baud, %d KiB esp32->saxonsoc over TCP, %s stack: %.0f B/s "
                + "goodput, line limit %.0f B/s (%.1f%%), best possible after framing %.0f B/s (%.1f%%)",
                baud, kib, stack.id(), goodput, line, 100 * goodput / line, best, 100 * goodput / best);
    }

    private double goodput(int baud, Esp32Stack stack) {
        Path boards = null;
        try {
            boards = Files.createTempDirectory("esp32ppp-bench-");
            Path main = Files.writeString(boards.resolve("main.py"), "from machine import UART\nUART(2, " + baud + ")\n");
            Path s30ppp = Files.writeString(boards.resolve("S30ppp"), "#!/bin/sh\nstty -F /dev/ttySL0 raw\n"
                    + "pppd /dev/ttySL0 " + baud + " 10.0.5.2:10.0.5.1 noauth local nodefaultroute nocrtscts\n");
            return goodput(baud, stack, Esp32PppLab.autostart().withStack(NetworkStack.byId(stack.id()))
                    .withLine(LineSpec.at(baud)).withMainPy(main).withS30ppp(s30ppp).build());
        } catch (IOException e) {
            throw new UncheckedIOException("the link benchmark's board files: " + e.getMessage(), e);
        } finally {
            Folders.deleteTree(boards);
        }
    }

    private double goodput(int baud, Esp32Stack stack, LabDefinition definition) {
        try (Lab lab = definition.startLab(LabConfig.defaultRunsFolder(), event -> { })) {
            Esp32Control esp32 = new Esp32Control(lab).awaitReady(Duration.ofSeconds(30));
            esp32.command("active 1");
            esp32.command("connect");
            LinuxGuest linux = new LinuxGuest(lab.node("saxonsoc"));
            linux.awaitPpp0(LabAddresses.LINUX_PPP, Duration.ofSeconds(60));
            lab.node("esp32").exec("sh", "-c", "mkdir -p /tmp/www && head -c " + kib * 1024
                    + " /dev/urandom > /tmp/www/blob && busybox httpd -p 8080 -h /tmp/www");
            CommandResult fetch = linux.run("curl -s -o /dev/null -w '%{speed_download}' http://10.0.5.1:8080/blob",
                    Duration.ofSeconds(kib * 1024L * 20 / baud + 60));
            return Double.parseDouble(fetch.output().strip());
        }
    }
}
