package dev.esp32ppp.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The package index the internet node serves to upip (containers/internet/package-index.sh): the
 * packages of a folder, each a folder {@code NAME-VERSION} (an unpacked sdist) or a
 * {@code NAME-VERSION.tar.gz}, the version being what follows the last '-'; and pins, packages
 * whose index ends at a version, as the index was before the releases after it.
 *
 * @param folder the packages, e.g. fixtures/internet/packages
 * @param pins package name to the newest version its index offers
 */
public record PackageIndex(Path folder, Map<String, String> pins) {
    /** The node script's variable that takes the pins, {@code NAME=VERSION} separated by spaces. */
    public static final String PINS_VARIABLE = "PACKAGE_INDEX_PINS";
    private static final String ARCHIVE = ".tar.gz";

    public PackageIndex {
        pins = Collections.unmodifiableMap(new LinkedHashMap<>(pins));
    }

    /** The project's packages (fixtures/internet/packages), nothing pinned. */
    public static PackageIndex ofProject() {
        return new PackageIndex(ProjectHome.fixtures().resolve("internet/packages"), Map.of());
    }

    /** Each package of the folder with its versions; names sorted, versions oldest first (0.9 before 0.10). */
    public SortedMap<String, SortedSet<String>> releases() {
        SortedMap<String, SortedSet<String>> releases = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return releases;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String base = entry.getFileName().toString();
                if (!Files.isDirectory(entry)) {
                    base = base.endsWith(ARCHIVE) ? base.substring(0, base.length() - ARCHIVE.length()) : "";
                }
                int dash = base.lastIndexOf('-');
                if (dash > 0 && dash < base.length() - 1) {
                    releases.computeIfAbsent(base.substring(0, dash), name -> new TreeSet<>(PackageIndex::compareVersions))
                            .add(base.substring(dash + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return releases;
    }

    /** Versions compared part by part, numbers as numbers: 0.9 before 0.10. */
    private static int compareVersions(String a, String b) {
        String[] as = a.split("\\.");
        String[] bs = b.split("\\.");
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            int order = as[i].matches("\\d+") && bs[i].matches("\\d+")
                    ? new BigInteger(as[i]).compareTo(new BigInteger(bs[i])) : as[i].compareTo(bs[i]);
            if (order != 0) {
                return order;
            }
        }
        return as.length != bs.length ? Integer.compare(as.length, bs.length) : a.compareTo(b);
    }

    /**
     * The same index with {@code name}'s releases ending at {@code version}; a name or a version
     * the folder does not hold is refused with what it holds.
     */
    public PackageIndex pinned(String name, String version) {
        SortedMap<String, SortedSet<String>> releases = releases();
        Path absolute = folder.toAbsolutePath().normalize();
        String where = (absolute.startsWith(ProjectHome.path()) ? ProjectHome.path().relativize(absolute) : absolute)
                .toString();
        if (!releases.containsKey(name)) {
            throw new IllegalArgumentException("no package '" + name + "' in " + where + "; it has "
                    + (releases.isEmpty() ? "none" : String.join(", ", releases.keySet())));
        }
        if (!releases.get(name).contains(version)) {
            throw new IllegalArgumentException("no version '" + version + "' of " + name + " in " + where
                    + "; it has " + String.join(", ", releases.get(name)));
        }
        Map<String, String> more = new LinkedHashMap<>(pins);
        more.put(name, version);
        return new PackageIndex(folder, more);
    }

    /** The pins as the node script takes them: {@code NAME=VERSION ...}. */
    public String pinsValue() {
        return pins.entrySet().stream().map(pin -> pin.getKey() + "=" + pin.getValue())
                .collect(Collectors.joining(" "));
    }
}
