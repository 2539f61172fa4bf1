package dev.esp32ppp.lab;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's folders (containers, fixtures, the board shims, the compiled model) are:
 * {@code -Desp32ppp.home}; else the working directory when it is a checkout of this repository;
 * else the copy the harness's jar carries, unpacked once per artifact ({@link PackedHome}), as
 * for a project that depends on the published artifact.
 */
public final class ProjectHome {
    private ProjectHome() {
    }

    public static Path path() {
        String set = System.getProperty("esp32ppp.home");
        if (set != null) {
            return Path.of(set).toAbsolutePath().normalize();
        }
        Path workingDirectory = Path.of("").toAbsolutePath().normalize();
        return isHome(workingDirectory) ? workingDirectory : PackedHome.unpacked();
    }

    public static Path fixtures() {
        return path().resolve("fixtures");
    }

    /** Whether a folder holds the project's own image recipes, as a checkout (or an unpacked home) does. */
    static boolean isHome(Path folder) {
        return Files.isRegularFile(folder.resolve("containers").resolve(ImageCatalog.NODE_DOCKERFILE));
    }
}
