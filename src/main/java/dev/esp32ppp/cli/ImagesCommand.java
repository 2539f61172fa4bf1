package dev.esp32ppp.cli;

import dev.esp32ppp.lab.DockerEngine;
import dev.esp32ppp.lab.ImageBuilder;
import dev.esp32ppp.lab.ImageCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "images", mixinStandardHelpOptions = true,
        description = "Build the lab's images locally (never pulled); images whose inputs did not change are kept.")
final class ImagesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        new ImageBuilder(ImageCatalog.ofProject(), DockerEngine.client(), System.out).buildAll();
        return 0;
    }
}
