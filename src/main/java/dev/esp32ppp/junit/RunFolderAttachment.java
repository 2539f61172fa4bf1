package dev.esp32ppp.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A failed lab's run folder attached to the test report as a directory
 * ({@link ExtensionContext#publishDirectory}, JUnit 5.12 and later, 6 too); an older JUnit 5 has
 * the report entry with the folder's path only.
 */
final class RunFolderAttachment {
    private RunFolderAttachment() {
    }

    static void attach(ExtensionContext context, Path runFolder) {
        if (runFolder == null || !Files.isDirectory(runFolder)) {
            return;
        }
        try {
            context.publishDirectory("esp32ppp-run-" + runFolder.getFileName(), target -> copy(runFolder, target));
        } catch (NoSuchMethodError olderJunit) {
            // JUnit before 5.12 has no publishDirectory; the report entry already names the folder
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(from)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Files.copy(file, to.resolve(file.getFileName()));
        }
    }
}
