package dev.esp32ppp.esp32;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The container's interfaces and routes, set with iproute2. The TUN ppp0 is held by socat,
 * which carries each IP packet as one UDP datagram to and from the model on loopback.
 */
final class ContainerNetwork implements HostNetwork {
    private final int modelPort;
    private final int tunPort;
    private final List<Process> children = new ArrayList<>();

    ContainerNetwork(int modelPort, int tunPort) {
        this.modelPort = modelPort;
        this.tunPort = tunPort;
    }

    @Override
    public void createPpp() {
        try {
            children.add(new ProcessBuilder("socat",
                    "TUN,tun-name=ppp0,tun-type=tun,iff-no-pi,iff-up",
                    "UDP:127.0.0.1:" + modelPort + ",sourceport=" + tunPort + ",bind=127.0.0.1")
                    .inheritIO().start());
            for (int i = 0; i < 100 && !run("ip", "link", "show", "ppp0"); i++) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
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
    public void defaultViaPpp() {
        run("ip", "route", "replace", "default", "dev", "ppp0");
    }

    @Override
    public void defaultViaWifi(String gateway) {
        run("ip", "route", "replace", "default", "via", gateway, "dev", "wlan0");
    }

    @Override
    public String routes() {
        try {
            Process process = new ProcessBuilder("ip", "route", "show").redirectErrorStream(true).start();
            String table = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            return table.strip();
        } catch (IOException e) {
            return "(ip route failed: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        children.forEach(Process::destroy);
    }
}
