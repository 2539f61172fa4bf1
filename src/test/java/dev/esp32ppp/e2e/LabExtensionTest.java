package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.github.dockerjava.api.DockerClient;
import dev.esp32ppp.api.Check;
import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.junit.Esp32PppLabExtension;
import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.Lab;
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
 * The JUnit extension as a user's test classes have it, run by the JUnit platform as a build
 * tool runs them. {@link AUsersTestClass} (one autostart lab for the class, through the public
 * API): its first test, the lab's boards connecting, passes; its second fails on purpose, and the
 * lab's run folder is then named in a report entry and attached, with its events and transcript,
 * as a directory. {@link AUsersTestClassWithALabPerTest} (the lab in an instance field): each
 * test gets a passthru lab of its own, gone after it; in one the person at the pc connects.
 */
@Tag("e2e")
class LabExtensionTest {
    private static final String RUN_IT = "esp32ppp.lab-extension-test";

    @TempDir
    Path reports;

    @Test
    void aUsersClassGetsItsLabAndAFailedTestItsRunFolder() {
        Run run = run(AUsersTestClass.class);
        Map<String, TestExecutionResult> results = run.results();
        List<ReportEntry> entries = run.entries();
        List<FileEntry> files = run.files();

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

    @Test
    void eachTestOfAClassWithTheLabInAnInstanceFieldGetsALabOfItsOwn() {
        Run run = run(AUsersTestClassWithALabPerTest.class);

        assertThat(run.results().get("thePersonAtThePcConnects()").getThrowable()).isEmpty();
        assertThat(run.results().get("anotherTest()").getThrowable()).isEmpty();
        assertThat(AUsersTestClassWithALabPerTest.labs).hasSize(2).doesNotHaveDuplicates();
        DockerClient docker = DockerEngine.client();
        for (String id : AUsersTestClassWithALabPerTest.labs) {
            assertThat(docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(List.of(Lab.LABEL + "=" + id)).exec()).as("containers of lab %s", id).isEmpty();
        }
    }

    /** What the JUnit platform told of a class's run. */
    private record Run(Map<String, TestExecutionResult> results, List<ReportEntry> entries, List<FileEntry> files) {
    }

    /** Runs a test class as a build tool does, its report's files under {@link #reports}. */
    private Run run(Class<?> testClass) {
        Run run = new Run(new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                run.results().put(test.getDisplayName(), result);
            }

            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                run.entries().add(entry);
            }

            @Override
            public void fileEntryPublished(TestIdentifier test, FileEntry file) {
                run.files().add(file);
            }
        };
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .configurationParameter("junit.platform.reporting.output.dir", reports.toString())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        System.setProperty(RUN_IT, "true");
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            System.clearProperty(RUN_IT);
        }
        return run;
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

    /** A user's test class with the lab in an instance field: a passthru lab for each test. */
    @EnabledIfSystemProperty(named = RUN_IT, matches = "true")
    static class AUsersTestClassWithALabPerTest {
        static final List<String> labs = new CopyOnWriteArrayList<>();

        @RegisterExtension
        Esp32PppLabExtension lab = Esp32PppLabExtension.of(Esp32PppLab.passthru());

        @Test
        void thePersonAtThePcConnects() {
            labs.add(lab.lab().id());
            assertThat(lab.lab().actAsThePersonAtThePc(Duration.ofSeconds(1)).passed()).isTrue();
            assertThat(lab.lab().pc().awaitPpp0(Duration.ofSeconds(30))).contains("P-t-P:10.0.5.1");
        }

        @Test
        void anotherTest() {
            labs.add(lab.lab().id());
            assertThat(lab.lab().nodeNames()).containsExactly("esp32", "pc");
        }
    }
}
