package dev.esp32ppp.progress;

import java.util.List;

/** A progress whose lines say which scenario they are of: labs running side by side interleave theirs. */
final class ScenarioProgress implements Progress {
    private final Progress progress;
    private final String scenario;

    ScenarioProgress(Progress progress, String scenario) {
        this.progress = progress;
        this.scenario = scenario;
    }

    @Override
    public void line(String text) {
        progress.line("[" + scenario + "] " + text.stripLeading());
    }

    @Override
    public LabWatch labStarting(String title, List<String> nodes) {
        return progress.labStarting(title, nodes);
    }
}
