package dev.esp32ppp.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Scenarios run on up to {@code jobs} labs at once (each lab has links of its own, so labs with
 * the same addresses run side by side). The longest, by their recorded durations, start first so
 * that the last to finish is a short one; results come back in the order asked, as a serial run
 * gives them. With more than one job each progress line names its scenario.
 */
public final class ScenarioJobs implements AutoCloseable {
    private final ScenarioRunner runner;
    private final int jobs;
    private final ExecutorService pool;

    public ScenarioJobs(ScenarioRunner runner, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.runner = runner;
        this.jobs = jobs;
        this.pool = Executors.newFixedThreadPool(jobs, work -> {
            Thread thread = new Thread(work, "scenario-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts every scenario, longest first, and gives each one's result as it will come.
     *
     * @return the results to come, in the order of {@code scenarios}
     */
    public Map<Scenario, CompletableFuture<ScenarioResult>> start(List<Scenario> scenarios, ScenarioDurations durations) {
        Map<Scenario, CompletableFuture<ScenarioResult>> results = new LinkedHashMap<>();
        scenarios.forEach(scenario -> results.put(scenario, new CompletableFuture<>()));
        List<Scenario> longestFirst = new ArrayList<>(scenarios);
        longestFirst.sort(Comparator.comparingDouble((Scenario s) -> durations.of(s.name())).reversed());
        for (Scenario scenario : longestFirst) {
            CompletableFuture<ScenarioResult> result = results.get(scenario);
            ScenarioRunner own = jobs == 1 ? runner : runner.markingLinesOf(scenario.name());
            pool.execute(() -> {
                try {
                    result.complete(own.run(scenario));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        }
        return results;
    }

    /**
     * Runs every scenario as {@link #start} does and waits for all.
     *
     * @param each told of each result in the order of {@code scenarios}, as soon as it and those before it are in
     * @return the results in the order of {@code scenarios}
     */
    public List<ScenarioResult> runAll(List<Scenario> scenarios, ScenarioDurations durations,
            Consumer<ScenarioResult> each) {
        List<ScenarioResult> results = new ArrayList<>();
        for (CompletableFuture<ScenarioResult> coming : start(scenarios, durations).values()) {
            ScenarioResult result = await(coming);
            results.add(result);
            each.accept(result);
        }
        return results;
    }

    /** A result {@link #start} gave, waited for; the run's failure is thrown as it was. */
    public static ScenarioResult await(CompletableFuture<ScenarioResult> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Stops the labs still running (each closes itself) and waits for them to go. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
