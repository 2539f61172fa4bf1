package dev.esp32ppp.esp32;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The container's interfaces and routes, set with iproute2. The TUN ppp0 is held by socat,
 * which carries each IP packet as one UDP datagram to and from the model on loopback.
 */
final class ContainerNetwork implements HostNetwork {
    private final int modelPort;
    private final int tunPort;
    /** socat holding the TUN, while ppp0 exists. */
    private Process tun;

    ContainerNetwork(int modelPort, int tunPort) {
        this.modelPort = modelPort;
        this.tunPort = tunPort;
    }

    @Override
    public void createPpp() {
        try {
            tun = new ProcessBuilder("socat",
                    "TUN,tun-name=ppp0,tun-type=tun,iff-no-pi,iff-up",
                    "UDP:127.0.0.1:" + modelPort + ",sourceport=" + tunPort + ",bind=127.0.0.1")
                    .inheritIO().start();
            awaitPpp0(true);
            // a short queue, as lwIP's few buffers and pppd's ppp0 have: TCP feels the line's pace
            run("ip", "link", "set", "ppp0", "txqueuelen", "3");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start socat for ppp0: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void pppAddresses(String local, String peer) {
        run("ip", "addr", "replace", local, "peer", peer, "dev", "ppp0");
    }

    @Override
    public void pppAddressesGone() {
        run("ip", "-4", "addr", "flush", "dev", "ppp0");
    }

    @Override
    public void removePpp() {
        if (tun != null) {
            tun.destroy();
            tun = null;
            try {
                awaitPpp0(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits up to 2 s for ppp0 to be there, or to be gone. */
    private static void awaitPpp0(boolean there) throws InterruptedException {
        for (int i = 0; i < 100 && run("ip", "link", "show", "ppp0") != there; i++) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    @Override
    public void defaultViaPpp() {
        run("ip", "route", "replace", "default", "dev", "ppp0");
    }

    @Override
    public void defaultViaWifi(String gateway) {
        run("ip", "route", "replace", "default", "via", gateway, "dev", "wlan0");
    }

    @Override
    public String routes() {
        String table = output("ip", "route", "show");
        return table == null ? "(ip route failed)" : table.strip();
    }

    private static boolean run(String... command) {
        return output(command) != null;
    }

    /** What the command printed, or null when it failed. */
    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? printed : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
