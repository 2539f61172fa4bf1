package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.lab.CommandResult;
import dev.esp32ppp.lab.Lab;
import dev.esp32ppp.lab.LabAddresses;
import dev.esp32ppp.lab.LabConfig;
import dev.esp32ppp.lab.Node;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topologies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The board's SOCKS and FTP servers under a fuzzing client on the LAN (MicroPython on the
 * router node): hundreds of malformed and mutated requests, each on its own connection, then a
 * well-formed client is still served. Payloads come from a seeded generator, so a failure repeats.
 */
@Tag("e2e")
class FuzzedShimsTest {
    private static final int PAYLOADS = 150;
    private static Lab lab;
    private static Node router;

    @BeforeAll
    static void powerOn() throws IOException {
        lab = Lab.start(new LabConfig(Topologies.autostart(BoardSetup.of(FirmwareProfile.IDF3_OFFICIAL)), 0.1,
                LabConfig.defaultRunsFolder()));
        lab.events().await("esp32", EventKind.SOCKS_START, Duration.ofSeconds(120));
        router = lab.node("router");
        String client = Files.readString(ProjectHome.path().resolve("src/test/micropython/fuzz_client.py"));
        install("/tmp/fuzz_client.py", client);
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void socksKeepsServingAfterMalformedRequests() {
        byte[] greeting = {5, 1, 0};
        byte[] connect = {5, 1, 0, 1, (byte) 198, 18, 0, 80, 0, 80};
        fuzz(1080, mutations(new Random(1080), concat(greeting, connect)));

        CommandResult page = router.exec("curl", "-s", "--max-time", "20", "--socks5",
                LabAddresses.ESP32_WLAN + ":1080", "http://198.18.0.80/index.html");
        assertThat(page.output()).contains("Hello from the lab's internet");
    }

    @Test
    void ftpKeepsServingAfterMalformedCommands() {
        byte[] session = "USER anonymous\r\nPASS x\r\nPORT 192,168,28,254,0,9\r\nCWD /\r\nLIST\r\nRETR boot.py\r\nQUIT\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        fuzz(21, mutations(new Random(21), session));

        CommandResult listing = router.exec("curl", "-s", "--max-time", "20", "ftp://" + LabAddresses.ESP32_WLAN + "/");
        assertThat(listing.output()).contains("boot.py");
    }

    /** Random bytes, then the well-formed request with bytes flipped, cut short, repeated or lengthened. */
    private static List<byte[]> mutations(Random random, byte[] valid) {
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < PAYLOADS; i++) {
            byte[] p;
            switch (i % 5) {
                case 0 -> {
                    p = new byte[random.nextInt(300)];
                    random.nextBytes(p);
                }
                case 1 -> {
                    p = valid.clone();
                    for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                        p[random.nextInt(p.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> p = Arrays.copyOf(valid, random.nextInt(valid.length));
                case 3 -> {
                    byte[] tail = new byte[random.nextInt(2000)];
                    random.nextBytes(tail);
                    p = concat(valid, tail);
                }
                default -> p = concat(valid, valid, valid);
            }
            payloads.add(p);
        }
        return payloads;
    }

    private static void fuzz(int port, List<byte[]> payloads) {
        StringBuilder hex = new StringBuilder();
        payloads.forEach(p -> hex.append(HexFormat.of().formatHex(p)).append('\n'));
        install("/tmp/fuzz-" + port + ".hex", hex.toString());
        CommandResult run = router.exec("timeout", "300", "micropython", "/tmp/fuzz_client.py", LabAddresses.ESP32_WLAN,
                Integer.toString(port), "/tmp/fuzz-" + port + ".hex");
        System.out.print(run.output());
        assertThat(run.exitCode()).as("the fuzzing client: " + run.output()).isZero();
        assertThat(run.output()).contains("fuzz: " + PAYLOADS + " payloads");
    }

    private static void install(String path, String content) {
        CommandResult written = router.exec("sh", "-c", "cat > " + path + " <<'ESP32PPP_EOF'\n" + content + "ESP32PPP_EOF\n");
        assertThat(written.exitCode()).as(written.output()).isZero();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
