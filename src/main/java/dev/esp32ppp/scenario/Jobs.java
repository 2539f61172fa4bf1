package dev.esp32ppp.scenario;

import com.sun.management.OperatingSystemMXBean;
import dev.esp32ppp.lab.LabException;
import java.lang.management.ManagementFactory;

/**
 * How many labs run at once. A lab mostly waits (boot delays, PPP timers, transfers at serial
 * speed), so two share a core; each takes well under a GiB (user-mode Linux's 128 MiB, MicroPython,
 * the ESP32 model's JVM, dnsmasq), so a lab per 2 GiB leaves the rest of the machine room.
 */
public record Jobs(int count, String why) {
    private static final long GIB = 1L << 30;
    private static final int LABS_PER_CORE = 2;
    private static final int GIB_PER_LAB = 2;
    /** One lab, as a command that holds one lab up runs. */
    public static final Jobs ONE = new Jobs(1, "one lab");

    /**
     * {@code --jobs N} as given, or the machine's default when it is null.
     *
     * @throws LabException for fewer than one
     */
    public static Jobs of(Integer given) {
        if (given == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            long gib = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / GIB;
            return forMachine(cores, gib);
        }
        if (given < 1) {
            throw new LabException("--jobs " + given + ": give how many labs may run at once, at least 1 "
                    + "(--jobs 1 runs them one after the other)");
        }
        return new Jobs(given, "--jobs " + given);
    }

    /** Two labs a core, a lab per 2 GiB of memory, at least one. */
    public static Jobs forMachine(int cores, long gib) {
        int count = (int) Math.max(1, Math.min((long) cores * LABS_PER_CORE, gib / GIB_PER_LAB));
        return new Jobs(count, "the default for " + cores + (cores == 1 ? " core" : " cores") + " and " + gib
                + " GiB; --jobs N to change it");
    }
}
