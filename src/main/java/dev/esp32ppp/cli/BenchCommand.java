package dev.esp32ppp.cli;

import dev.esp32ppp.bench.Benchmark;
import dev.esp32ppp.bench.CodecThroughput;
import dev.esp32ppp.bench.LabBringUp;
import dev.esp32ppp.bench.LinkGoodput;
import dev.esp32ppp.bench.SuiteWallTime;
import dev.esp32ppp.bench.WindowAccuracy;
import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.scenario.Jobs;
import dev.esp32ppp.scenario.Scenario;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the figures of the benchmarks under {@code dev.esp32ppp.bench}, all or some of them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: PPP codec throughput (MB/s), TCP goodput over the emulated serial line, lab "
                + "bring-up (cold, warm, per node), the ESP32's window accuracy (goodput and window on each "
                + "ESP32 stack, lwIP's beside the model's) and a set of scenarios serial against --jobs.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--only", split = ",",
            description = "some of: codec, link, bringup, window, suite (default: all)")
    List<String> only;

    @Option(names = "--jobs", paramLabel = "N",
            description = "labs at once for the suite's second run (default: as ./harness run chooses)")
    Integer jobs;

    @Option(names = "--suite-scenarios", split = ",", paramLabel = "NAME",
            description = "the suite benchmark's scenarios (default: nine of every kind; all: every file)")
    List<String> suiteScenarios;

    @Option(names = "--window-profiles", split = ",", defaultValue = "idf3-official,pnr5-ipforward",
            converter = LabOptions.ProfileConverter.class,
            description = "firmwares whose window to time (lwip-source takes 60 s)")
    List<FirmwareProfile> windowProfiles;

    @Option(names = "--stacks", split = ",", defaultValue = "model,lwip", converter = LabOptions.StackConverter.class,
            description = "ESP32 stacks to measure link and window on, with lwip/model ratios when both "
                    + "(default: ${DEFAULT-VALUE}; bringup runs on the environment's stack)")
    List<Esp32Stack> stacks;

    @Option(names = "--bauds", split = ",", defaultValue = "115200,230400", description = "line speeds to measure")
    int[] bauds;

    @Option(names = "--kib", defaultValue = "256", description = "size of each transfer in KiB (default ${DEFAULT-VALUE})")
    int kib;

    @Override
    public Integer call() {
        List<Scenario> suite = suiteScenarios == null ? List.of()
                : ScenarioNames.load(suiteScenarios.equals(List.of("all")) ? null : suiteScenarios);
        List<Benchmark> all = List.of(new CodecThroughput(), new LinkGoodput(bauds, kib, stacks),
                new LabBringUp(), new WindowAccuracy(windowProfiles, stacks), new SuiteWallTime(Jobs.of(jobs), suite));
        List<String> names = all.stream().map(Benchmark::name).toList();
        if (only != null) {
            only.stream().filter(part -> !names.contains(part)).findFirst().ifPresent(part -> {
                throw new LabException("unknown benchmark '" + part + "'; --only takes " + String.join(", ", names));
            });
        }
        all.stream().filter(bench -> only == null || only.contains(bench.name())).forEach(bench -> bench.run(System.out));
        return 0;
    }
}
