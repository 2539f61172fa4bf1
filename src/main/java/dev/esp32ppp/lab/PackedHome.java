package dev.esp32ppp.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's folders as the harness's artifact carries them: {@code esp32ppp-home/} in the jar
 * (containers, fixtures, the board shims; see the pom's resources) and the harness's own classes,
 * which the ESP32 node runs its model from. Unpacked on first use into a cache folder named by the
 * artifact's version and a digest of what it carries, so two versions (or two builds of one)
 * never share a folder and labs started at once unpack it once. A jar keeps no file modes: the
 * files that must be executable are listed in {@code esp32ppp-home/executables.txt} (they count in
 * the images' tags, see {@link ImageCatalog}). Each use marks its folder used (its modification
 * time); a folder of the same version that no use marked for {@link #STALE_AFTER} (an earlier
 * build of it) is removed when another is unpacked, so rebuilding a snapshot does not fill the cache.
 */
final class PackedHome {
    static final String FOLDER = "esp32ppp-home";
    static final String EXECUTABLES = FOLDER + "/executables.txt";
    private static final String CLASSES = "dev/esp32ppp";
    static final Duration STALE_AFTER = Duration.ofDays(1);
    private static Path unpacked;

    private PackedHome() {
    }

    /** The unpacked home, unpacked now if this artifact's is not there yet. */
    static synchronized Path unpacked() {
        if (unpacked == null) {
            unpacked = unpack(codeSource(), cacheFolder());
        }
        return unpacked;
    }

    /** The cache's root: {@code -Desp32ppp.cache}, else {@code $XDG_CACHE_HOME/esp32ppp}, else {@code ~/.cache/esp32ppp}. */
    static Path cacheFolder() {
        String set = System.getProperty("esp32ppp.cache");
        if (set != null) {
            return Path.of(set);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("esp32ppp");
    }

    /** Unpacks the home carried by {@code source} (a jar or a classes folder) under {@code cache}; returns its folder. */
    static Path unpack(Path source, Path cache) {
        try (Carrier carrier = Carrier.of(source)) {
            Path root = carrier.root();
            if (!Files.isDirectory(root.resolve(FOLDER))) {
                throw new LabException(source + " carries no " + FOLDER + "/; run the harness from a checkout or "
                        + "set -Desp32ppp.home");
            }
            List<Path> files = filesUnder(root.resolve(FOLDER), root.resolve(CLASSES));
            String version = version(root);
            Path home = cache.resolve(version + "-" + digest(root, files));
            if (ProjectHome.isHome(home)) {
                return markedUsed(home);
            }
            Files.createDirectories(cache);
            Path partial = Files.createTempDirectory(cache, "unpacking-");
            try {
                Set<String> executables = Set.copyOf(Files.readAllLines(root.resolve(EXECUTABLES)));
                for (Path file : files) {
                    String name = root.relativize(file).toString();
                    String relative = name.startsWith(FOLDER + "/") ? name.substring(FOLDER.length() + 1)
                            : "target/classes/" + name;
                    Path target = partial.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                    target.toFile().setExecutable(executables.contains(relative), false);
                }
                moveInPlace(partial, home);
            } finally {
                Folders.deleteTree(partial);
            }
            removeStale(cache, version, home);
            return markedUsed(home);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the harness's files from " + source + " into " + cache, e);
        }
    }

    private static Path markedUsed(Path home) throws IOException {
        Files.setLastModifiedTime(home, FileTime.from(Instant.now()));
        return home;
    }

    /** Removes the other builds of {@code version} under {@code cache} that no use marked for {@link #STALE_AFTER}. */
    private static void removeStale(Path cache, String version, Path keep) throws IOException {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (Stream<Path> folders = Files.list(cache)) {
            for (Path folder : folders.filter(f -> !f.equals(keep))
                    .filter(f -> f.getFileName().toString().matches(Pattern.quote(version) + "-[0-9a-f]{12}")).toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                    Folders.deleteTree(folder);
                }
            }
        }
    }

    /** The last step of unpacking, at once; another process that unpacked the same meanwhile wins. */
    private static void moveInPlace(Path partial, Path home) throws IOException {
        try {
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a folder of that name is there already: the other process's
            if (!ProjectHome.isHome(home)) {
                throw e;
            }
        }
    }

    private static String version(Path root) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("esp32ppp-harness.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("version", "unknown");
    }

    private static String digest(Path root, List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(root.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesUnder(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Where the harness's classes came from: its jar, or a classes folder. */
    private static Path codeSource() {
        try {
            return Path.of(PackedHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A jar opened as a file system, or a folder as it is. */
    private record Carrier(Path root, FileSystem jar) implements AutoCloseable {
        static Carrier of(Path source) throws IOException {
            if (Files.isDirectory(source)) {
                return new Carrier(source, null);
            }
            FileSystem jar = FileSystems.newFileSystem(source);
            return new Carrier(jar.getPath("/"), jar);
        }

        @Override
        public void close() throws IOException {
            if (jar != null) {
                jar.close();
            }
        }
    }
}
