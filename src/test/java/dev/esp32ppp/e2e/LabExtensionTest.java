package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.esp32ppp.api.Check;
import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.junit.Esp32PppLabExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The JUnit extension as a user's test class has it: {@link AUsersTestClass} (one autostart lab
 * for the class, through the public API) is run by the JUnit platform as a build tool runs it. Its
 * first test, the lab's boards connecting, passes; its second fails on purpose, and the lab's run
 * folder is then named in a report entry and attached, with its events and transcript, as a
 * directory.
 */
@Tag("e2e")
class LabExtensionTest {
    private static final String RUN_IT = "esp32ppp.lab-extension-test";

    @TempDir
    Path reports;

    @Test
    void aUsersClassGetsItsLabAndAFailedTestItsRunFolder() {
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        List<ReportEntry> entries = new CopyOnWriteArrayList<>();
        List<FileEntry> files = new CopyOnWriteArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                results.put(test.getDisplayName(), result);
            }

            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                entries.add(entry);
            }

            @Override
            public void fileEntryPublished(TestIdentifier test, FileEntry file) {
                files.add(file);
            }
        };
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(AUsersTestClass.class))
                .configurationParameter("junit.platform.reporting.output.dir", reports.toString())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        System.setProperty(RUN_IT, "true");
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            System.clearProperty(RUN_IT);
        }

        assertThat(results.get("theBoardsConnect()").getThrowable()).isEmpty();
        assertThat(results.get("theBoardsConnect()").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("aFailingTest()").getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(entries).singleElement().satisfies(entry -> {
            Path runFolder = Path.of(entry.getKeyValuePairs().get(Esp32PppLabExtension.RUN_FOLDER_ENTRY));
            assertThat(runFolder.resolve("events.txt")).isRegularFile();
            assertThat(runFolder.resolve("transcript.txt")).isRegularFile();
        });
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getPath().resolve("transcript.txt")).isRegularFile();
            assertThat(Files.readString(file.getPath().resolve("transcript.txt"))).contains("[LCP ConfReq");
            assertThat(file.getPath().resolve("esp32-console.log")).isRegularFile();
        });
    }

    /** A user's test class: one lab for the class, its checks through the API. */
    @EnabledIfSystemProperty(named = RUN_IT, matches = "true")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class AUsersTestClass {
        @RegisterExtension
        static Esp32PppLabExtension lab = Esp32PppLabExtension.of(Esp32PppLab.autostart());

        @Test
        @Order(1)
        void theBoardsConnect() {
            lab.events().await("esp32", "socks-start", Duration.ofSeconds(120));
            assertThat(lab.saxonsoc().awaitPpp0(Duration.ofSeconds(60))).contains("P-t-P:10.0.5.1");
            assertThat(lab.esp32().defaultRoute()).contains("dev wlan0");
            lab.verify(Check.command("the page through the ESP32's SOCKS proxy", "saxonsoc",
                    "curl -s --max-time 30 --socks5 10.0.5.1:1080 http://198.18.0.80/index.html")
                    .expecting("Hello from the lab's internet").within(Duration.ofSeconds(60)));
            assertThat(lab.transcript()).anyMatch(line -> line.contains("[IPCP ConfAck"));
        }

        @Test
        @Order(2)
        void aFailingTest() {
            lab.verify(Check.consoleLine("a line main.py never prints", "esp32", "no such line")
                    .within(Duration.ofSeconds(1)));
        }
    }
}
