package dev.esp32ppp.cli;

import dev.esp32ppp.lab.BoardSetup;
import dev.esp32ppp.scenario.Scenario;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenarios, one line each: name, the ESP32's firmware and network stack, what it shows.")
final class ListCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (Scenario scenario : ScenarioNames.load(List.of())) {
            String description = scenario.description().strip();
            int end = description.indexOf(". ");
            BoardSetup boards = scenario.lab().boards();
            System.out.printf("%-24s %-15s %-6s %s%n", scenario.name(), boards.firmware().id(), boards.stack().id(),
                    end > 0 ? description.substring(0, end + 1) : description);
        }
        return 0;
    }
}
