package dev.esp32ppp.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of the lab's images. A tag is a hash of everything the image is built from, so an
 * image whose inputs did not change is found under the same tag and is not built again.
 */
public final class ImageCatalog {
    public static final String REPOSITORY_PREFIX = "esp32ppp/";
    static final String NODE_DOCKERFILE = "node.Dockerfile";

    private final Path containers;

    /** @param containers the {@code containers} folder of the project */
    public ImageCatalog(Path containers) {
        this.containers = containers;
    }

    public static ImageCatalog ofProject() {
        return new ImageCatalog(ProjectHome.path().resolve("containers"));
    }

    public Path containers() {
        return containers;
    }

    public String baseImage() {
        return REPOSITORY_PREFIX + "base:" + hash("", List.of(containers.resolve("base")));
    }

    public String image(NodeRole role) {
        return REPOSITORY_PREFIX + role.id() + ":" + hash(baseImage(), List.of(containers.resolve("common"),
                containers.resolve(role.id()), containers.resolve(NODE_DOCKERFILE)));
    }

    /** The Dockerfile that builds a role: its own if it has one, else the plain node recipe. */
    public Path dockerfile(NodeRole role) {
        Path own = containers.resolve(role.id()).resolve("Dockerfile");
        return Files.exists(own) ? own : containers.resolve(NODE_DOCKERFILE);
    }

    private String hash(String seed, List<Path> inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(seed.getBytes());
            for (Path input : inputs) {
                for (Path file : filesUnder(input)) {
                    digest.update(containers.relativize(file).toString().getBytes());
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                    digest.update((byte) (Files.isExecutable(file) ? 1 : 0));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image recipes under " + containers, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesUnder(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IOException(input + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
