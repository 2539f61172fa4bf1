package dev.esp32ppp.junit;

import dev.esp32ppp.api.Check;
import dev.esp32ppp.api.CheckOutcome;
import dev.esp32ppp.api.Esp32Node;
import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.Esp32PppLabBuilder;
import dev.esp32ppp.api.LabDefinition;
import dev.esp32ppp.api.LabEvents;
import dev.esp32ppp.api.LabNode;
import dev.esp32ppp.api.LinuxNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a lab for a test class and stops it after, as Testcontainers' extension does for its
 * containers:
 *
 * <pre>{@code
 * @RegisterExtension
 * static Esp32PppLabExtension lab = Esp32PppLabExtension.of(Esp32PppLab.autostart().withLanHost());
 * }</pre>
 *
 * In a static field one lab serves the whole class (started before its first test, stopped after
 * its last); in an instance field each test gets a lab of its own. Test classes run in parallel
 * get a lab each; labs run side by side. When a test fails, the lab's run folder (events.txt,
 * transcript.txt, each node's console) is printed, published as the report entry
 * {@code esp32ppp-run-folder} and, from JUnit 5.12 on, attached to the test's report as a
 * directory once the lab has written it. Works with JUnit 5 and 6: it uses only API both have.
 */
public final class Esp32PppLabExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    /** The report entry's key whose value is the failed lab's run folder. */
    public static final String RUN_FOLDER_ENTRY = "esp32ppp-run-folder";

    private final LabDefinition definition;
    private Esp32PppLab lab;
    private boolean perClass;
    /** Whether a test of the running lab failed: its run folder is attached once the lab wrote it. */
    private boolean failed;

    private Esp32PppLabExtension(LabDefinition definition) {
        this.definition = definition;
    }

    /**
     * The extension for that lab; its options are checked now, so a contradiction fails the class
     * before any container starts.
     *
     * @throws dev.esp32ppp.api.LabOptionException naming the option
     */
    public static Esp32PppLabExtension of(Esp32PppLabBuilder builder) {
        return new Esp32PppLabExtension(builder.build());
    }

    /** Called by JUnit: a lab in a static field starts before the class's first test. */
    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        lab = definition.start();
    }

    /** Called by JUnit: a lab in an instance field starts before each test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            lab = definition.start();
        }
    }

    /** Called by JUnit: a failed test's run folder is told; a per-test lab stops. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            tellRunFolder(context);
            failed = true;
        }
        if (!perClass) {
            stop(context);
        }
    }

    /** Called by JUnit: a per-class lab stops after the class's last test. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && !failed) {
            tellRunFolder(context);
            failed = true;
        }
        stop(context);
    }

    /** Closes the lab, which writes its run folder, and attaches that folder where a test failed. */
    private void stop(ExtensionContext context) {
        if (lab == null) {
            return;
        }
        Path runFolder = lab.runFolder();
        try {
            lab.close();
        } finally {
            lab = null;
            if (failed) {
                RunFolderAttachment.attach(context, runFolder);
                failed = false;
            }
        }
    }

    private void tellRunFolder(ExtensionContext context) {
        if (lab == null) {
            return; // the lab did not start; its failure says why
        }
        Path runFolder = lab.runFolder();
        System.err.println("esp32ppp: " + context.getDisplayName() + " failed; the lab's run folder: " + runFolder);
        context.publishReportEntry(RUN_FOLDER_ENTRY, runFolder.toString());
    }

    /**
     * The running lab.
     *
     * @throws IllegalStateException outside a test (before the lab started or after it stopped)
     */
    public Esp32PppLab lab() {
        if (lab == null) {
            throw new IllegalStateException("the lab runs only during the tests of the class that registers it");
        }
        return lab;
    }

    /** The SaxonSoc Linux: {@code lab().saxonsoc()}. */
    public LinuxNode saxonsoc() {
        return lab().saxonsoc();
    }

    /** The ESP32 board: {@code lab().esp32()}. */
    public Esp32Node esp32() {
        return lab().esp32();
    }

    /** A node by name, e.g. {@code router}, {@code lanhost}: {@code lab().node(name)}. */
    public LabNode node(String name) {
        return lab().node(name);
    }

    /** The lab's events: {@code lab().events()}. */
    public LabEvents events() {
        return lab().events();
    }

    /** The PPP transcript so far: {@code lab().transcript()}. */
    public List<String> transcript() {
        return lab().transcript();
    }

    /** The lab's run folder: {@code lab().runFolder()}. */
    public Path runFolder() {
        return lab().runFolder();
    }

    /** Runs a check: {@code lab().check(check)}. */
    public CheckOutcome check(Check check) {
        return lab().check(check);
    }

    /** Runs checks, failing with each failed one's reason: {@code lab().verify(checks)}. */
    public void verify(Check... checks) {
        lab().verify(checks);
    }
}
