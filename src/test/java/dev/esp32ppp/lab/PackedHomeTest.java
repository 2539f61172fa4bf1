package dev.esp32ppp.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home the artifact carries, unpacked as for a project that depends on it: the same image
 * tags as the checkout's (so no image is built again), the executables executable, the ESP32
 * model's classes where the node mounts them from, and one folder per artifact.
 */
@Tag("unit")
class PackedHomeTest {
    private static final Path CHECKOUT = ProjectHome.path();
    private static final Path CLASSES = CHECKOUT.resolve("target/classes");

    @TempDir
    Path cache;

    @Test
    void theUnpackedHomeGivesTheCheckoutsImageTags() {
        Path home = PackedHome.unpack(CLASSES, cache);

        assertThat(ProjectHome.isHome(home)).isTrue();
        for (NodeRole role : NodeRole.values()) {
            assertThat(new ImageCatalog(home.resolve("containers")).image(role))
                    .isEqualTo(ImageCatalog.ofProject().image(role));
        }
        assertThat(home.resolve("src/main/micropython/lib/network.py")).isRegularFile();
        assertThat(home.resolve("fixtures/esp32/flash/main.py")).isRegularFile();
        assertThat(home.resolve("target/classes/dev/esp32ppp/esp32/ModelMain.class")).isRegularFile();
    }

    @Test
    void theListedFilesAndOnlyTheyAreExecutable() throws IOException {
        Path home = PackedHome.unpack(CLASSES, cache);

        assertThat(executablesUnder(home, "containers", "fixtures", "src/main/micropython"))
                .isEqualTo(executablesUnder(CHECKOUT, "containers", "fixtures", "src/main/micropython"));
    }

    @Test
    void theListOfExecutablesIsTheCheckoutsOwn() throws IOException {
        assertThat(Files.readAllLines(CHECKOUT.resolve("src/main/resources/" + PackedHome.EXECUTABLES)))
                .as("src/main/resources/%s: the files chmod +x in the checkout", PackedHome.EXECUTABLES)
                .isEqualTo(executablesUnder(CHECKOUT, "containers", "fixtures", "src/main/micropython"));
    }

    @Test
    void aSecondUnpackingFindsTheFirst() throws IOException {
        Path first = PackedHome.unpack(CLASSES, cache);
        Path second = PackedHome.unpack(CLASSES, cache);

        assertThat(second).isEqualTo(first);
        try (Stream<Path> folders = Files.list(cache)) {
            assertThat(folders.toList()).containsExactly(first);
        }
        assertThat(first.getFileName().toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?-[0-9a-f]{12}");
    }

    @Test
    void anotherBuildOfTheVersionUnusedForADayGoesWhenANewOneIsUnpacked() throws IOException {
        Path home = PackedHome.unpack(CLASSES, cache);
        String version = home.getFileName().toString().replaceAll("-[0-9a-f]{12}$", "");
        Path stale = Files.createDirectories(cache.resolve(version + "-000000000000"));
        Path recent = Files.createDirectories(cache.resolve(version + "-111111111111"));
        Path otherVersion = Files.createDirectories(cache.resolve("9.9.9-000000000000"));
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path folder : List.of(stale, otherVersion, home)) {
            Files.setLastModifiedTime(folder, twoDaysAgo);
        }
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofHours(23))));

        assertThat(PackedHome.unpack(CLASSES, cache)).as("found again, marked used").isEqualTo(home);
        assertThat(Files.getLastModifiedTime(home).toInstant()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(stale).as("nothing unpacked: nothing removed").isDirectory();

        Folders.deleteTree(home);
        Path unpacked = PackedHome.unpack(CLASSES, cache);
        try (Stream<Path> folders = Files.list(cache)) {
            assertThat(folders.toList()).containsExactlyInAnyOrder(unpacked, recent, otherVersion);
        }
    }

    private static List<String> executablesUnder(Path root, String... folders) throws IOException {
        List<String> executables = new java.util.ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(Files::isExecutable).map(f -> root.relativize(f).toString())
                        .sorted().forEach(executables::add);
            }
        }
        return executables;
    }
}
