package dev.esp32ppp.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Builds the lab's images on this machine, never pulling: the base from a Debian 13 root
 * filesystem made by mmdebstrap and imported, each role on top of it. An image already present
 * under its input-hash tag is left alone.
 */
public final class ImageBuilder {
    private final ImageCatalog catalog;
    private final DockerClient docker;
    private final PrintStream out;

    public ImageBuilder(ImageCatalog catalog, DockerClient docker, PrintStream out) {
        this.catalog = catalog;
        this.docker = docker;
        this.out = out;
    }

    /** @return how many images were built (0 when all were up to date) */
    public int buildAll() {
        int built = ensureBase() ? 1 : 0;
        for (NodeRole role : NodeRole.values()) {
            built += ensureRole(role) ? 1 : 0;
        }
        out.println(built == 0 ? "images: all up to date, nothing to build" : "images: built " + built);
        return built;
    }

    private boolean ensureBase() {
        String tag = catalog.baseImage();
        if (DockerEngine.hasImage(docker, tag)) {
            out.println("images: " + tag + " up to date");
            return false;
        }
        if ("registry".equals(System.getenv("ESP32PPP_BASE"))) {
            // where a registry is reachable: FROM debian:trixie-slim, the same packages
            out.println("images: building " + tag + " from the registry's debian:trixie-slim");
            Path recipe = catalog.containers().resolve("base/registry.Dockerfile");
            build(docker.buildImageCmd()
                    .withBaseDirectory(catalog.containers().resolve("base").toFile())
                    .withDockerfile(recipe.toFile())
                    .withPull(true), tag, recipe);
            return true;
        }
        out.println("images: building " + tag + " (Debian 13 root filesystem with mmdebstrap)");
        Path work = null;
        try {
            work = Files.createTempDirectory("esp32ppp-rootfs-");
            Path tar = work.resolve("rootfs.tar");
            run(catalog.containers().resolve("base/build-rootfs.sh").toString(), tar.toString());
            // the engine's import endpoint takes the half-gigabyte stream reliably only from its own CLI
            run("docker", "import", tar.toString(), tag);
            return true;
        } catch (IOException e) {
            throw new LabException("building the base image failed: " + e.getMessage(), e);
        } finally {
            Folders.deleteTree(work);
        }
    }

    private boolean ensureRole(NodeRole role) {
        String tag = catalog.image(role);
        if (DockerEngine.hasImage(docker, tag)) {
            out.println("images: " + tag + " up to date");
            return false;
        }
        out.println("images: building " + tag);
        Path recipe = catalog.dockerfile(role);
        build(docker.buildImageCmd()
                .withBaseDirectory(catalog.containers().toFile())
                .withDockerfile(recipe.toFile())
                .withBuildArg("BASE", catalog.baseImage())
                .withBuildArg("ROLE", role.id())
                .withPull(false), tag, recipe);
        return true;
    }

    /** Builds an image; a failed build is a LabException with the build's last lines, which say why. */
    private static void build(BuildImageCmd command, String tag, Path recipe) {
        BuildOutput output = new BuildOutput();
        try {
            // forcerm: a failed step's container goes too, so a failed build leaves nothing behind
            command.withTags(Set.of(tag)).withForcerm(true).exec(output).awaitImageId();
        } catch (DockerClientException e) {
            throw new LabException("building " + tag + " from " + recipe + " failed: " + e.getMessage()
                    + "\nthe build's last lines:\n" + output.tail().indent(2).stripTrailing());
        }
    }

    private void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        try {
            int rc = process.waitFor();
            if (rc != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + rc + "; see ./harness doctor");
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the root filesystem", e);
        }
    }
}
