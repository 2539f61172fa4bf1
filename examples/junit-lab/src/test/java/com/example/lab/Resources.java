package com.example.lab;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The project's test files (src/test/resources) as paths, for the lab builder and recipes. */
final class Resources {
    private Resources() {
    }

    static Path path(String name) {
        try {
            return Path.of(Resources.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }
}
