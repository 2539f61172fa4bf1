package dev.esp32ppp.cli;

import dev.esp32ppp.lab.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The distribution's headless Chromium, kept off every network: no background requests, a proxy
 * that leads nowhere, and a resolver that finds no name.
 */
final class HeadlessChromium {
    /** One window size for the DOM and the screenshot, so that places the page reports are the screenshot's. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 1400;

    private final String binary;

    private HeadlessChromium(String binary) {
        this.binary = binary;
    }

    static HeadlessChromium find() {
        for (String name : List.of("chromium-headless-shell", "chromium")) {
            for (String dir : System.getenv("PATH").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return new HeadlessChromium(Path.of(dir, name).toString());
                }
            }
        }
        throw new IllegalStateException("no chromium-headless-shell or chromium on PATH; "
                + "apt-get install chromium-headless-shell (./harness test does)");
    }

    /** The page's DOM once it has loaded and its scripts have run, in a window of the screenshot's size. */
    String dom(Path page) throws IOException, InterruptedException {
        return run(page, "--virtual-time-budget=5000", "--dump-dom");
    }

    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        run(page, "--screenshot=" + png);
    }

    private String run(Path page, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("esp32ppp-chromium-");
        try {
            List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT,
                    "--user-data-dir=" + profile));
            command.addAll(List.of(args));
            command.add(page.toUri().toString());
            Path out = profile.resolve("stdout");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("chromium did not finish within 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited " + process.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Folders.deleteTree(profile);
        }
    }
}
