package dev.esp32ppp.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esp32ppp.api.Esp32PppLab;
import dev.esp32ppp.api.Firmware;
import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.PppdKernel;
import dev.esp32ppp.lab.PackageIndex;
import dev.esp32ppp.lab.PppdVersion;
import dev.esp32ppp.lab.ProjectHome;
import dev.esp32ppp.lab.Topology;
import dev.esp32ppp.serial.Anchor;
import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.TimeWindows;
import dev.esp32ppp.steps.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario files are checked before any container starts; errors say file, line and what. */
@Tag("unit")
class ScenarioFileTest {
    /** The least a scenario needs, for tests of its other keys. */
    private static final String ONE_CHECK = "checks:\n  - name: a\n    on: esp32\n    run: true\n";

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("bad.yaml"), yaml);
    }

    static Stream<Path> projectScenarios() throws IOException {
        try (Stream<Path> files = Files.list(ScenarioFile.folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("projectScenarios")
    void everyScenarioOfTheProjectLoads(Path file) {
        Scenario scenario = ScenarioFile.load(file);
        assertThat(file.getFileName().toString()).isEqualTo(scenario.name() + ".yaml");
        Steps steps = scenario.steps();
        assertThat(!steps.checks().isEmpty() || steps.sweep() != null).as("checks or a sweep").isTrue();
    }

    @Test
    void aGoldenCheckNamesAFileUnderFixtures() throws IOException {
        Path good = write("name: x\nchecks:\n  - {name: a, on: saxonsoc, golden: golden/pppd-connect.txt}\n");
        Steps.Check check = ScenarioFile.load(good).steps().checks().get(0);
        assertThat(check.golden().lines()).contains("sent [IPCP ConfNak id=0x2 <addr 10.0.5.1>]");

        Path missing = write("name: x\nchecks:\n  - {name: a, on: saxonsoc, golden: golden/nothing.txt}\n");
        assertThatThrownBy(() -> ScenarioFile.load(missing)).hasMessageContaining("no such fixture: fixtures/golden/nothing.txt");
    }

    @Test
    void aLineOutOfRange() throws IOException {
        Path slow = write("name: x\nline:\n  baud: 300\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(slow)).hasMessage(slow + ":3: baud must be between 9600 and 921600, was 300");
        Path noisy = write("name: x\nline:\n  bit-error-rate: 0.5\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(noisy)).hasMessageContaining(":3: bit-error rate must be in");
    }

    /** A scenario whose line block is {@code line}, indented under "line:" from the file's line 3 on. */
    private Path withLine(String line) throws IOException {
        return write("name: x\nline:\n" + line.indent(2) + "checks:\n  - name: a\n    on: router\n    run: true\n");
    }

    @Test
    void aLineWithLatencyBurstsUnplugAndFlap() throws IOException {
        Scenario scenario = ScenarioFile.load(withLine("""
                latency: 20
                bursts: {every: 5, length-ms: 20, bit-error-rate: 0.01}
                unplug:
                  - {at: 30, for: 5}
                  - {at: 12.5, for: 0.5}
                flap: {every: 10, down: 2, from: 60, until: 100}
                """));
        LineImpairments line = scenario.lab().line().impairments();
        assertThat(line.latency()).isEqualTo(Duration.ofMillis(20));
        assertThat(line.burstBitErrorRate()).isEqualTo(0.01);
        assertThat(line.bursts().next(Duration.ZERO)).isEqualTo(window(5, 5.02));
        assertThat(line.unplugged().next(Duration.ZERO)).isEqualTo(window(12.5, 13));
        assertThat(line.unplugged().next(Duration.ofSeconds(13))).isEqualTo(window(30, 35));
        assertThat(line.unplugged().next(Duration.ofSeconds(35))).isEqualTo(window(60, 62));
        assertThat(line.unplugged().next(Duration.ofSeconds(92))).isNull();
        assertThat(ScenarioFile.load(withLine("baud: 115200")).lab().line().impairments()).isEqualTo(LineImpairments.NONE);
    }

    @Test
    void impairmentsMayCountFromAnEventOfANode() throws IOException {
        Scenario scenario = ScenarioFile.load(withLine("""
                bursts: {every: 5, length-ms: 20, bit-error-rate: 0.01}
                flap: {after: {node: saxonsoc, event: ppp0-up}, every: 10, down: 2, from: 20, until: 40}
                unplug:
                  - {after: {node: saxonsoc, event: ppp0-up}, at: 2, for: 5}
                  - {after: {node: esp32, event: ppp-up}, at: 2, for: 5}
                  - {at: 2, for: 5}
                """));
        LineImpairments line = scenario.lab().line().impairments();
        Anchor linkUp = new Anchor("saxonsoc", EventKind.PPP0_UP);
        assertThat(line.schedules()).containsOnlyKeys(Anchor.LAB_START, linkUp, new Anchor("esp32", EventKind.PPP_UP));
        assertThat(line.bursts().next(Duration.ZERO)).isEqualTo(window(5, 5.02));
        assertThat(line.unplugged().next(Duration.ZERO)).isEqualTo(window(2, 7));
        assertThat(line.from(linkUp).unplugged().next(Duration.ZERO)).isEqualTo(window(2, 7));
        assertThat(line.from(linkUp).unplugged().next(Duration.ofSeconds(7))).isEqualTo(window(20, 22));
        assertThat(line.from(linkUp).bursts().isEmpty()).isTrue();
        assertThat(line.describe()).isEqualTo("noise bursts (bit-error rate 0.01) 0.02 s every 5 s from 5 s, "
                + "unplugged 2 s for 5 s, unplugged 2 s for 5 s, 2 s every 10 s from 20 s until 40 s after saxonsoc ppp0-up, "
                + "unplugged 2 s for 5 s after esp32 ppp-up");
    }

    @Test
    void anAnchorNamesANodeOfTheLabAndAnEvent() throws IOException {
        assertLineError("unplug:\n  - {after: {node: lanhost, event: up}, at: 1, for: 5}",
                ":4: unknown node 'lanhost'; this lab has esp32, internet, router, saxonsoc");
        assertLineError("unplug:\n  - {after: {node: saxonsoc}, at: 1, for: 5}", ":4: missing field 'event'");
        assertLineError("flap: {after: {node: saxonsoc, event: ppp0-up}, every: 10, down: 1}\nunplug:\n"
                + "  - {after: {node: saxonsoc, event: ppp0-up}, at: 20.5, for: 1}",
                ":5: unplug: the window at 20.5 s for 1 s overlaps the one at 20 s for 1 s");
    }

    private static TimeWindows.Window window(double start, double end) {
        return new TimeWindows.Window(Duration.ofMillis(Math.round(start * 1000)), Duration.ofMillis(Math.round(end * 1000)));
    }

    @Test
    void impossibleImpairmentsSayWhereAndWhat() throws IOException {
        assertLineError("latency: -5", ":3: 'latency' must be 0 or more milliseconds, was -5");
        assertLineError("latency: 20000", ":3: latency is milliseconds, at most 10000, was 20000");
        assertLineError("bursts:\n  every: 0.01\n  length-ms: 20\n  bit-error-rate: 0.01",
                ":5: a burst (length-ms 20) must be shorter than its period (every 0.01 s)");
        assertLineError("bursts: {every: 5, length-ms: 20}", ":3: a burst's bit-error-rate must be above 0 and at most 0.5, was none");
        assertLineError("bursts: {every: 5, length-ms: 0, bit-error-rate: 0.01}", ":3: 'length-ms' must be above 0 milliseconds, was 0");
        assertLineError("bursts: {every: 5, length: 20}", ":3: unknown field 'length'; known here: after, bit-error-rate, every, length-ms");
        assertLineError("unplug:\n  - {at: -1, for: 5}", ":4: 'at' must be 0 or more seconds, was -1");
        assertLineError("unplug:\n  - {at: 1, for: 0}", ":4: 'for' must be above 0 seconds, was 0");
        assertLineError("unplug:\n  - {at: 30, for: 5}\n  - {at: 32, for: 5}",
                ":5: unplug: the window at 32 s for 5 s overlaps the one at 30 s for 5 s");
        assertLineError("unplug: {at: 30, for: 5}", ":3: 'unplug' must be a list");
        assertLineError("flap: {every: 2, down: 2}", ":3: the cable must be down (2 s) for less than the period (every 2 s)");
        assertLineError("flap:\n  every: 10\n  down: 1\n  from: 50\n  until: 40",
                ":7: until (40 s) must come after from (50 s)");
        assertLineError("flap: {every: 10, down: 1, until: 100}\nunplug:\n  - {at: 20.5, for: 1}",
                ":5: unplug: the window at 20.5 s for 1 s overlaps the one at 20 s for 1 s");
    }

    private void assertLineError(String line, String message) throws IOException {
        Path file = withLine(line);
        assertThatThrownBy(() -> ScenarioFile.load(file)).isInstanceOf(ScenarioException.class).hasMessage(file + message);
    }

    @Test
    void aSweepNamesFirmwaresAndOffsets() throws IOException {
        Scenario scenario = ScenarioFile.load(write("name: x\nsweep:\n  firmwares: idf3-official, lwip-source\n"
                + "  offsets: -0.5, 1.5\n"));
        Steps.Sweep sweep = scenario.steps().sweep();
        assertThat(sweep.firmwares()).containsExactly(FirmwareProfile.IDF3_OFFICIAL, FirmwareProfile.LWIP_SOURCE);
        assertThat(sweep.offsets()).containsExactly(-0.5, 1.5);
        Path bad = write("name: x\nsweep:\n  firmwares: idf3-official\n  offsets: soon\n");
        assertThatThrownBy(() -> ScenarioFile.load(bad)).hasMessageStartingWith(bad + ":4: offsets are fractions");
    }

    @Test
    void aGoodFileGivesTheScenario() throws IOException {
        Scenario scenario = ScenarioFile.load(write("""
                name: x
                firmware: pnr5-ipforward
                recipes:
                  - on: saxonsoc
                    file: linux-default-route.sh
                checks:
                  - name: ppp0
                    on: saxonsoc
                    run: ifconfig ppp0
                    expect: 10.0.5.2
                """));
        assertThat(scenario.lab().boards().firmware()).isEqualTo(FirmwareProfile.PNR5_IPFORWARD);
        assertThat(scenario.lab().timeScale()).isEqualTo(0.1);
        assertThat(scenario.steps().recipes()).singleElement().extracting(Steps.Recipe::node).isEqualTo("saxonsoc");
    }

    @Test
    void aFilesLabIsTheLabTheJavaBuilderGivesForTheSameOptions() {
        Path fixtures = ProjectHome.fixtures();
        assertThat(ScenarioFile.load(ScenarioFile.folder().resolve("pppd-matrix-2.5.2.yaml")).lab())
                .isEqualTo(Esp32PppLab.autostart().withFirmware(Firmware.PNR5_IPFORWARD).withPppd("2.5.2")
                        .withS30ppp(fixtures.resolve("saxonsoc/S30ppp-debug")).build());
        assertThat(ScenarioFile.load(ScenarioFile.folder().resolve("socks5h.yaml")).lab())
                .isEqualTo(Esp32PppLab.autostart().withMainPy(fixtures.resolve("esp32/main-upip-socks.py"))
                        .withPackageIndexPin("micropython-socks", "0.1").build());
        assertThat(ScenarioFile.load(ScenarioFile.folder().resolve("passthru.yaml")).lab().toBuilder().build())
                .isEqualTo(ScenarioFile.load(ScenarioFile.folder().resolve("passthru.yaml")).lab());
    }

    @Test
    void whatTheBuilderRefusesOfAFilesOptionsIsSaidAtTheFile() throws IOException {
        Path lanhost = write("name: x\ntopology: passthru\nlanhost: true\nchecks:\n  - name: a\n    on: pc\n"
                + "    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(lanhost)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(lanhost + ":1: withLanHost(): the passthru topology");
    }

    @Test
    void anUnknownNode() throws IOException {
        Path file = write("name: x\nchecks:\n  - name: a\n    on: toaster\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(file)).isInstanceOf(ScenarioException.class)
                .hasMessage(file + ":4: unknown node 'toaster'; this lab has esp32, internet, router, saxonsoc");
    }

    @Test
    void theTopologyIsNamedOrComesFromThePassthruPlan() throws IOException {
        Scenario passthru = ScenarioFile.load(write("name: x\ntopology: passthru\nchecks:\n  - name: a\n    on: pc\n"
                + "    run: ifconfig ppp0\n"));
        assertThat(passthru.lab().topologyName()).isEqualTo("passthru");
        assertThat(passthru.lab().topology().nodeNames()).containsExactly("esp32", "pc");
        assertThat(passthru.steps().person().flipAfter()).as("the person flips SW1 3 s after connect()").hasSeconds(3);

        Scenario planned = ScenarioFile.load(write("name: x\npassthru: {flip-after: 17}\nchecks:\n  - name: a\n"
                + "    on: pc\n    run: true\n"));
        assertThat(planned.lab().topologyName()).isEqualTo("passthru");
        assertThat(planned.steps().person().flipAfter()).hasSeconds(17);

        Scenario autostart = ScenarioFile.load(write("name: x\nchecks:\n  - name: a\n    on: esp32\n    run: true\n"));
        assertThat(autostart.lab().topologyName()).isEqualTo("autostart");
        assertThat(autostart.steps().person()).isNull();
        assertThat(autostart.lab().line()).as("no line block: the topology's own line").isNull();
    }

    @Test
    void theEsp32sStackComesFromTheFileElseTheEnvironment() throws IOException {
        Scenario lwip = ScenarioFile.load(write("name: x\nesp32: {stack: lwip}\n" + ONE_CHECK));
        assertThat(lwip.lab().boards().stack()).isEqualTo(Esp32Stack.LWIP);
        assertThat(lwip.onStack(Esp32Stack.MODEL).lab().boards().stack()).as("--stack overrides").isEqualTo(Esp32Stack.MODEL);
        assertThat(ScenarioFile.load(write("name: x\n" + ONE_CHECK)).lab().boards().stack())
                .isEqualTo(Esp32Stack.fromEnvironment());
        Path bad = write("name: x\nesp32: {stack: idf}\n" + ONE_CHECK);
        assertThatThrownBy(() -> ScenarioFile.load(bad)).isInstanceOf(ScenarioException.class)
                .hasMessage(bad + ":2: unknown ESP32 stack 'idf'; known: model, lwip");
    }

    @Test
    void addToFlashNamesAFolderLaidOnTheFlash() throws IOException {
        Scenario added = ScenarioFile.load(write("name: x\nesp32: {add-to-flash: esp32/socks-on-flash}\n" + ONE_CHECK));
        assertThat(added.lab().boards().flashAdditions()).isEqualTo(ProjectHome.fixtures().resolve("esp32/socks-on-flash"));
        assertThat(ScenarioFile.load(write("name: x\n" + ONE_CHECK)).lab().boards().flashAdditions()).isNull();
        Path missing = write("name: x\nesp32: {add-to-flash: esp32/nothing-here}\n" + ONE_CHECK);
        assertThatThrownBy(() -> ScenarioFile.load(missing)).isInstanceOf(ScenarioException.class)
                .hasMessage(missing + ":2: no such fixture: fixtures/esp32/nothing-here");
    }

    @Test
    void theLinuxsPppdComesFromTheFileElseTheFields() throws IOException {
        Scenario newer = ScenarioFile.load(write("name: x\npppd: 2.5.2\n" + ONE_CHECK));
        assertThat(newer.lab().boards().pppd()).isEqualTo(PppdVersion.V2_5_2);
        assertThat(newer.onPppd(PppdVersion.V2_4_9).lab().boards().pppd()).as("--pppd overrides").isEqualTo(PppdVersion.V2_4_9);
        assertThat(ScenarioFile.load(write("name: x\n" + ONE_CHECK)).lab().boards().pppd()).isEqualTo(PppdVersion.V2_4_9);
        Path passthru = write("name: x\npppd: 2.5.2\ntopology: passthru\nchecks:\n  - name: a\n    on: pc\n    run: true\n");
        assertThat(ScenarioFile.load(passthru).lab().topology().nodes()).filteredOn(n -> n.name().equals("pc"))
                .singleElement().satisfies(pc -> assertThat(pc.env()).containsEntry(PppdVersion.VARIABLE, "2.5.2"));
        Path bad = write("name: x\ndescription: y\npppd: 2.5\n" + ONE_CHECK);
        assertThatThrownBy(() -> ScenarioFile.load(bad)).isInstanceOf(ScenarioException.class)
                .hasMessage(bad + ":3: unknown pppd version '2.5'; known: 2.4.9, 2.5.2");
    }

    @Test
    void thePppdKernelIsUserModeLinuxUnlessTheFileSaysNative() throws IOException {
        assertThat(ScenarioFile.load(write("name: x\n" + ONE_CHECK)).lab().pppdKernel()).isEqualTo(PppdKernel.UML);
        Scenario fileNative = ScenarioFile.load(write("name: x\npppd-kernel: native\n" + ONE_CHECK));
        assertThat(fileNative.lab().pppdKernel()).isEqualTo(PppdKernel.NATIVE);
        assertThat(fileNative.lab().config(dir).pppdKernel()).as("the lab gets it").isEqualTo(PppdKernel.NATIVE);
        assertThat(fileNative.onPppdKernel(PppdKernel.UML).lab().pppdKernel()).as("--pppd-kernel overrides")
                .isEqualTo(PppdKernel.UML);
        Path bad = write("name: x\npppd-kernel: kvm\n" + ONE_CHECK);
        assertThatThrownBy(() -> ScenarioFile.load(bad)).isInstanceOf(ScenarioException.class)
                .hasMessage(bad + ":2: unknown pppd kernel 'kvm'; known: uml, native");
    }

    @Test
    void thePackageIndexPinGoesToTheInternetNodeInItsPlace() throws IOException {
        Scenario pinned = ScenarioFile.load(write("name: x\npackage-index: {micropython-socks: \"0.1\"}\n" + ONE_CHECK));
        Topology topology = pinned.lab().topology();
        assertThat(topology.nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc");
        assertThat(topology.nodes().get(1).env()).containsEntry(PackageIndex.PINS_VARIABLE, "micropython-socks=0.1");
        Scenario plain = ScenarioFile.load(write("name: x\n" + ONE_CHECK));
        assertThat(plain.lab().topology().nodes().get(1).env()).doesNotContainKey(PackageIndex.PINS_VARIABLE);
    }

    @Test
    void aPinOfAPackageOrVersionTheIndexLacksOrALabWithoutTheInternet() throws IOException {
        Path name = write("name: x\npackage-index:\n  micropython-sox: \"0.1\"\n" + ONE_CHECK);
        assertThatThrownBy(() -> ScenarioFile.load(name)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(name + ":3: package-index: no package 'micropython-sox' in "
                        + "fixtures/internet/packages; it has ")
                .hasMessageContaining("micropython-socks");
        Path version = write("name: x\npackage-index:\n  micropython-socks: \"9.9\"\n" + ONE_CHECK);
        assertThatThrownBy(() -> ScenarioFile.load(version)).hasMessageStartingWith(version + ":3: package-index: "
                + "no version '9.9' of micropython-socks in fixtures/internet/packages; it has 0.1, 0.2");
        Path passthru = write("name: x\ntopology: passthru\npackage-index: {micropython-socks: \"0.1\"}\n"
                + "checks:\n  - name: a\n    on: pc\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(passthru)).hasMessage(passthru + ":3: 'package-index' pins what "
                + "the internet node serves; the passthru lab has no internet node");
    }

    @Test
    void anUnknownTopologyOrAPlanItHasNoPlaceFor() throws IOException {
        Path mesh = write("name: x\ntopology: mesh\nchecks:\n  - name: a\n    on: esp32\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(mesh)).isInstanceOf(ScenarioException.class)
                .hasMessage(mesh + ":2: unknown topology 'mesh'; known: autostart, passthru");
        Path person = write("name: x\ntopology: autostart\npassthru: {flip-after: 3}\nchecks:\n  - name: a\n"
                + "    on: esp32\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(person)).hasMessageStartingWith(person + ":3: 'passthru' plans the "
                + "person at the pc's USB serial, which this lab has not");
        Path linux = write("name: x\ntopology: passthru\nsaxonsoc: {s30ppp: saxonsoc/S30ppp}\nchecks:\n  - name: a\n"
                + "    on: pc\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(linux))
                .hasMessage(linux + ":3: unknown node 'saxonsoc'; this lab has esp32, pc");
    }

    @Test
    void theNodesAScenarioMayNameAreItsTopologys() throws IOException {
        Path pc = write("name: x\nchecks:\n  - name: a\n    on: pc\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(pc))
                .hasMessage(pc + ":4: unknown node 'pc'; this lab has esp32, internet, router, saxonsoc");
        Path linux = write("name: x\ntopology: passthru\nwait-for:\n  - {node: saxonsoc, event: ppp0-up}\nchecks:\n"
                + "  - name: a\n    on: pc\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(linux))
                .hasMessage(linux + ":4: unknown node 'saxonsoc'; this lab has esp32, pc");
        Path lanhost = write("name: x\nchecks:\n  - name: a\n    on: lanhost\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(lanhost)).hasMessageContaining(":4: unknown node 'lanhost'");
        Scenario added = ScenarioFile.load(write("name: x\nlanhost: true\nchecks:\n  - name: a\n    on: lanhost\n"
                + "    run: true\n"));
        assertThat(added.lab().topology().nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc",
                "lanhost");
        Path lanLinux = write("name: x\nchecks:\n  - name: a\n    on: lanlinux\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(lanLinux)).hasMessageContaining(":4: unknown node 'lanlinux'");
        Scenario tunnel = ScenarioFile.load(write("name: x\nlanlinux: true\nchecks:\n  - name: a\n    on: lanlinux\n"
                + "    run: true\n"));
        assertThat(tunnel.lab().topology().nodeNames()).containsExactly("router", "internet", "esp32", "saxonsoc",
                "lanlinux");
    }

    @Test
    void theAddressesAScenarioMayUseAreItsTopologys() throws IOException {
        Path internet = write("name: x\ntopology: passthru\nchecks:\n  - name: a\n    on: pc\n"
                + "    run: curl http://198.18.0.80/\n");
        assertThatThrownBy(() -> ScenarioFile.load(internet)).hasMessage(internet + ":6: bad address '198.18.0.80': "
                + "not in the lab (10.0.5.0/24, 192.168.28.0/24); the lab cannot reach anything else");
        Scenario autostart = ScenarioFile.load(write("name: x\nchecks:\n  - name: a\n    on: saxonsoc\n"
                + "    run: ping 198.18.0.80 && ping 192.168.28.10 && ping 10.0.5.1 && ping 127.0.0.1\n"));
        assertThat(autostart.steps().checks()).hasSize(1);
        Path noTunnel = write("name: x\nchecks:\n  - name: a\n    on: saxonsoc\n    run: ping 10.0.6.1\n");
        assertThatThrownBy(() -> ScenarioFile.load(noTunnel)).hasMessageContaining(":5: bad address '10.0.6.1'");
        Scenario tunnel = ScenarioFile.load(write("name: x\nlanlinux: true\nchecks:\n  - name: a\n    on: saxonsoc\n"
                + "    run: ping 10.0.6.1\n"));
        assertThat(tunnel.steps().checks()).as("with the LAN Linux the tunnel's addresses are the lab's").hasSize(1);
    }

    @Test
    void aBadAddress() throws IOException {
        Path file = write("name: x\nchecks:\n  - name: a\n    on: saxonsoc\n    run: ping -c 1 10.0.5.300\n");
        assertThatThrownBy(() -> ScenarioFile.load(file)).hasMessageStartingWith(file + ":5: bad address '10.0.5.300'");
        Path outside = write("name: x\nchecks:\n  - name: a\n    on: saxonsoc\n    run: curl http://8.8.8.8/\n");
        assertThatThrownBy(() -> ScenarioFile.load(outside)).hasMessageContaining(":5: bad address '8.8.8.8': not in the lab");
    }

    @Test
    void anUnknownRecipe() throws IOException {
        Path file = write("name: x\nrecipes:\n  - on: router\n    file: nat.sh\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(file))
                .hasMessage(file + ":4: unknown recipe 'nat.sh': no such file in fixtures/recipes");
    }

    @Test
    void aRecipeSendsOctetsOntoTheCableOfItsNode() throws IOException {
        Path file = write("name: x\nrecipes:\n  - on: saxonsoc\n    send: 7e 7d 20  7D 20 7e\nchecks:\n  - name: a\n"
                + "    on: esp32\n    event: panic\n");
        Steps.Recipe recipe = ScenarioFile.load(file).steps().recipes().getFirst();
        assertThat(recipe.send()).containsExactly(0x7e, 0x7d, 0x20, 0x7d, 0x20, 0x7e);
        assertThat(recipe.file()).isNull();
        assertThat(recipe.what()).isEqualTo("send 7e 7d 20 7d 20 7e");
    }

    @Test
    void aRecipeOfOctetsAndItsMistakes() throws IOException {
        String checks = "checks:\n  - name: a\n    on: esp32\n    event: panic\n";
        Path both = write("name: x\nrecipes:\n  - on: saxonsoc\n    send: 7e\n    file: stop-pppd.sh\n" + checks);
        assertThatThrownBy(() -> ScenarioFile.load(both)).hasMessage(both
                + ":3: a recipe has one of 'file' (under fixtures/recipes) or 'send' (octets onto the node's cable)");
        Path neither = write("name: x\nrecipes:\n  - on: saxonsoc\n" + checks);
        assertThatThrownBy(() -> ScenarioFile.load(neither)).hasMessageContaining(":3: a recipe has one of 'file'");
        Path installed = write("name: x\nrecipes:\n  - on: saxonsoc\n    send: 7e\n    install-at: /tmp/x\n" + checks);
        assertThatThrownBy(() -> ScenarioFile.load(installed)).hasMessage(installed + ":5: 'install-at' goes with 'file'");
        Path text = write("name: x\nrecipes:\n  - on: saxonsoc\n    send: 7e7d 20\n" + checks);
        assertThatThrownBy(() -> ScenarioFile.load(text)).hasMessage(text
                + ":4: 'send' is octets in hex, two digits each with spaces between (7e 7d 20), was '7e7d 20'");
        Path router = write("name: x\nrecipes:\n  - on: router\n    send: 7e\n" + checks);
        assertThatThrownBy(() -> ScenarioFile.load(router)).hasMessage(router
                + ":4: 'send' puts octets on a cable between two boards; router has none in this lab");
    }

    @Test
    void aMissingField() throws IOException {
        Path file = write("description: no name\nchecks:\n  - name: a\n    on: router\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(file)).hasMessage(file + ":1: missing field 'name'");
        Path noChecks = write("name: x\n");
        assertThatThrownBy(() -> ScenarioFile.load(noChecks)).hasMessageContaining(":1: missing field 'checks'");
    }

    @Test
    void anUnknownFieldABadProfileAndBrokenYaml() throws IOException {
        Path typo = write("name: x\nfirmwear: idf3-official\nchecks: []\n");
        assertThatThrownBy(() -> ScenarioFile.load(typo)).hasMessageStartingWith(typo + ":2: unknown field 'firmwear'");
        Path profile = write("name: x\nfirmware: idf4\nchecks: []\n");
        assertThatThrownBy(() -> ScenarioFile.load(profile)).hasMessageStartingWith(profile + ":2: unknown firmware profile 'idf4'");
        Path broken = write("name: x\nchecks: [\n");
        assertThatThrownBy(() -> ScenarioFile.load(broken)).hasMessageContaining("not valid YAML");
    }

    @Test
    void eventAndFrameChecksAndTheirMistakes() throws IOException {
        Path good = write("name: x\nchecks:\n  - name: a\n    on: esp32\n    event: ppp-down\n    happens: false\n"
                + "    timeout: 20\n");
        Steps.Check check = ScenarioFile.load(good).steps().checks().get(0);
        assertThat(check.event()).isEqualTo("ppp-down");
        assertThat(check.happens()).isFalse();
        assertThat(check.timeout()).hasSeconds(20);

        Path two = write("name: x\nchecks:\n  - name: a\n    on: esp32\n    event: ppp-down\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(two)).hasMessageContaining(":3: a check has one of");
        Path alone = write("name: x\nchecks:\n  - name: a\n    on: esp32\n    run: true\n    happens: false\n");
        assertThatThrownBy(() -> ScenarioFile.load(alone))
                .hasMessage(alone + ":6: 'happens' goes with 'event: KIND' or 'frame: TEXT'");

        Steps.Check frame = ScenarioFile.load(write("name: x\nchecks:\n  - {name: a, on: esp32, frame: IPIP, "
                + "happens: false}\n")).steps().checks().get(0);
        assertThat(frame).extracting(Steps.Check::frame, Steps.Check::event, Steps.Check::happens)
                .containsExactly("IPIP", null, false);
        Path both = write("name: x\nchecks:\n  - {name: a, on: esp32, frame: GRE, event: ppp-down}\n");
        assertThatThrownBy(() -> ScenarioFile.load(both)).hasMessageContaining(":3: a check has one of")
                .hasMessageContaining("'frame: TEXT'");
    }

    @Test
    void sideBySideNamesAPlainScenarioBesideTheFile() throws IOException {
        Path beside = Files.writeString(dir.resolve("fix.yaml"), "name: fix\nchecks:\n  - name: a\n    on: esp32\n    run: true\n");
        Path bug = Files.writeString(dir.resolve("bug.yaml"), "name: bug\nside-by-side: fix\nchecks:\n  - name: b\n"
                + "    on: esp32\n    run: true\n");
        assertThat(ScenarioFile.load(bug).sideBySide().name()).isEqualTo("fix");
        assertThat(ScenarioFile.load(beside).sideBySide()).isNull();
        // loaded beside another or on its own, the same file asks for the same lab: a runner runs it once
        assertThat(ScenarioFile.load(bug).sideBySide().lab()).isEqualTo(ScenarioFile.load(beside).lab());
        List<Path> files;
        try (Stream<Path> listed = Files.list(ScenarioFile.folder())) {
            files = listed.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        for (Path file : files) {
            Scenario drawn = ScenarioFile.load(file).sideBySide();
            if (drawn != null) {
                assertThat(drawn.lab()).as(file.toString()).isEqualTo(ScenarioFile.load(drawn.file()).lab());
            }
        }

        Path missing = write("name: x\nside-by-side: nothing\nchecks:\n  - name: a\n    on: esp32\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(missing))
                .hasMessage(missing + ":2: side-by-side names no scenario: no nothing.yaml beside this file");
        Path chained = write("name: x\nside-by-side: bug\nchecks:\n  - name: a\n    on: esp32\n    run: true\n");
        assertThatThrownBy(() -> ScenarioFile.load(chained)).hasMessageContaining(":2: side-by-side must name a plain scenario");
    }
}
