package dev.esp32ppp.lab;

import java.nio.file.Path;

/** Where the project's folders (containers, fixtures) are: {@code -Desp32ppp.home}, else the working directory. */
public final class ProjectHome {
    private ProjectHome() {
    }

    public static Path path() {
        return Path.of(System.getProperty("esp32ppp.home", ".")).toAbsolutePath().normalize();
    }

    public static Path fixtures() {
        return path().resolve("fixtures");
    }
}
