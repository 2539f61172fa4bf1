package dev.esp32ppp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.lab.ProjectHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each kind of event is named once per language: in Java by the catalogue ({@link EventKind}),
 * in the node scripts by the constants of containers/common/event.sh, in the board shims by those
 * of board.py. A kind added or renamed on one side and not on the other fails here, and so does
 * a script or shim that writes a kind's name instead of its constant. Real lwIP's program
 * (esp32-lwip.c) reports the model's kinds, none other. The modes of pppd's kernel, which the
 * Linux nodes report with kernel-up, are named alike in Java and in the node scripts.
 */
@Tag("unit")
class EventKindsOfEveryLanguageTest {
    private static final Path CONTAINERS = ProjectHome.path().resolve("containers");
    private static final Path EVENT_SH = CONTAINERS.resolve("common/event.sh");
    private static final Path MICROPYTHON = ProjectHome.path().resolve("src/main/micropython");
    private static final Path BOARD_PY = MICROPYTHON.resolve("lib/board.py");
    private static final Path ESP32_LWIP = CONTAINERS.resolve("esp32/lwip/esp32-lwip.c");

    private static final Pattern SHELL_CONSTANT = Pattern.compile("(?m)^EVENT_([A-Z0-9_]+)=([a-z0-9-]+)$");
    /** The modes of a Linux node's pppd, which kernel-up reports ({@link PppdKernel}). */
    private static final Pattern PPPD_KERNEL_CONSTANT = Pattern.compile("(?m)^PPPD_KERNEL_([A-Z]+)=([a-z]+)$");
    private static final Pattern PYTHON_CONSTANT = Pattern.compile("(?m)^([A-Z0-9_]+) = \"([a-z0-9-]+)\"$");
    /** A call of the scripts' event function, at the start of a command: its first argument. */
    private static final Pattern SHELL_CALL = Pattern.compile("(?m)(?:^|;|&&|\\|\\||\\bthen|\\belse)\\s*event\\s+(\"[^\"]*\"|[^\\s;]+)");
    private static final Pattern SHELL_REFERENCE = Pattern.compile("\\$\\{?(EVENT_[A-Z0-9_]+)");
    /** A call of esp32-lwip.c's event function: the kind, its first argument. */
    private static final Pattern C_CALL = Pattern.compile("\\bevent\\(\"([^\"]*)\"");
    private static final Pattern PYTHON_STRING = Pattern.compile("\"([^\"\\\\]*)\"|'([^'\\\\]*)'");

    @Test
    void theNodeScriptsNameTheKindsTheCatalogueHasFromThem() {
        assertThat(constants(EVENT_SH, SHELL_CONSTANT)).as("EVENT_* constants of " + EVENT_SH)
                .isEqualTo(catalogue(EventKind.Origin.NODE_SCRIPT));
    }

    @Test
    void theNodeScriptsNameThePppdKernelsAsTheHarnessDoes() {
        assertThat(constants(EVENT_SH, PPPD_KERNEL_CONSTANT)).as("PPPD_KERNEL_* constants of " + EVENT_SH)
                .isEqualTo(Arrays.stream(PppdKernel.values()).collect(Collectors.toMap(Enum::name, PppdKernel::id,
                        (a, b) -> a, TreeMap::new)));
    }

    @Test
    void theBoardShimsNameTheKindsTheCatalogueHasFromThem() {
        assertThat(constants(BOARD_PY, PYTHON_CONSTANT)).as("constants of " + BOARD_PY)
                .isEqualTo(catalogue(EventKind.Origin.BOARD_SHIM));
    }

    @Test
    void realLwipReportsOnlyTheModelsKinds() {
        Set<String> written = new TreeSet<>();
        Matcher call = C_CALL.matcher(read(ESP32_LWIP));
        while (call.find()) {
            written.add(call.group(1));
        }
        assertThat(written).as("kinds esp32-lwip.c reports").contains(EventKind.PPP_UP.id(), EventKind.PPP_GAVE_UP.id())
                .isSubsetOf(catalogue(EventKind.Origin.ESP32_MODEL).values());
        assertThat(read(ESP32_LWIP)).contains("printf(\"" + EventLine.PREFIX + "%s");
    }

    @Test
    void bothWriteTheLineTheHarnessReads() {
        assertThat(read(EVENT_SH)).contains("echo \"" + EventLine.PREFIX + "$*\"");
        assertThat(read(BOARD_PY)).contains("\"" + EventLine.PREFIX + "%s %s\\n\" % (kind, detail)");
    }

    @Test
    void everyScriptReportsAKindByItsConstant() {
        Set<String> defined = constants(EVENT_SH, SHELL_CONSTANT).keySet().stream().map(name -> "EVENT_" + name)
                .collect(Collectors.toSet());
        for (Path script : files(CONTAINERS, path -> path.toString().endsWith(".sh")
                || path.getParent().endsWith("init.d"))) {
            String text = read(script);
            Matcher call = SHELL_CALL.matcher(text);
            while (call.find()) {
                assertThat(call.group(1)).as("the kind in %s: event %s", script, call.group(1)).matches("\"\\$\\w+\"");
            }
            Matcher reference = SHELL_REFERENCE.matcher(text);
            while (reference.find()) {
                assertThat(defined).as("%s uses %s", script, reference.group(1)).contains(reference.group(1));
            }
        }
    }

    @Test
    void noShimWritesTheNameOfAKindOutsideBoardPysConstants() {
        Set<String> ids = catalogue(EventKind.Origin.BOARD_SHIM).keySet().stream().map(EventKind::valueOf)
                .map(EventKind::id).collect(Collectors.toSet());
        for (Path shim : files(MICROPYTHON, path -> path.toString().endsWith(".py"))) {
            String text = shim.equals(BOARD_PY) ? PYTHON_CONSTANT.matcher(read(shim)).replaceAll("") : read(shim);
            Matcher string = PYTHON_STRING.matcher(text);
            while (string.find()) {
                String literal = string.group(1) != null ? string.group(1) : string.group(2);
                assertThat(ids).as("a kind's name written out in %s", shim).doesNotContain(literal);
            }
        }
    }

    /** Constant name (without the shell's EVENT_ prefix) to the kind's name. */
    private static Map<String, String> constants(Path file, Pattern constant) {
        Map<String, String> found = new TreeMap<>();
        Matcher m = constant.matcher(read(file));
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }

    /** The catalogue's kinds of one origin, in the same form: enum name to the kind's name. */
    private static Map<String, String> catalogue(EventKind.Origin origin) {
        return Arrays.stream(EventKind.values()).filter(kind -> kind.origin() == origin)
                .collect(Collectors.toMap(Enum::name, EventKind::id, (a, b) -> a, TreeMap::new));
    }

    private static List<Path> files(Path root, Predicate<Path> which) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(which).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
