package dev.esp32ppp.progress;

import java.util.List;

/** What a person watches while scenarios run: each running lab's nodes and their phases, and result lines. */
public interface Progress {
    /** A line of its own, e.g. a scenario starting or a check's result. */
    void line(String text);

    /** A lab with these nodes is about to power on; its events go to the watch returned, until it is done. */
    LabWatch labStarting(String title, List<String> nodes);

    /** This progress with each line marked as a scenario's, for runs of several labs at once. */
    default Progress of(String scenario) {
        return new ScenarioProgress(this, scenario);
    }
}
