package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabException;
import dev.esp32ppp.report.ResultsFile;
import dev.esp32ppp.scenario.ScenarioResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./harness report}: what is done with reports after their runs. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Work on the reports of earlier runs.",
        subcommands = ReportCommand.Merge.class)
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One report of several runs' report folders, e.g. a run's shards from several CI machines. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge the report folders of a run's shards (./harness run --shard K/N) into one report "
                    + "and one junit.xml, in the order one machine would have run them; exit 0 only if every "
                    + "check passed.")
    static final class Merge implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "DIR", description = "report folders (each with results.yaml)")
        List<Path> folders;

        @Override
        public Integer call() {
            List<ScenarioResult> results = new ArrayList<>();
            Map<Path, Integer> folderOf = new HashMap<>();
            for (int i = 0; i < folders.size(); i++) {
                for (ScenarioResult result : ResultsFile.read(folders.get(i))) {
                    Integer before = folderOf.putIfAbsent(file(result), i);
                    if (before != null && before != i) {
                        throw new LabException("scenario " + result.scenario().name() + " is in both "
                                + folders.get(before) + " and " + folders.get(i) + ": give each shard's folder once");
                    }
                    results.add(result);
                }
            }
            // ./harness run of all scenarios takes their files in this order
            results.sort(Comparator.comparing((ScenarioResult r) -> file(r).getFileName().toString())
                    .thenComparing(r -> file(r).toString()));
            return RunCommand.summarise(results);
        }

        private static Path file(ScenarioResult result) {
            return result.scenario().file().toAbsolutePath().normalize();
        }
    }
}
