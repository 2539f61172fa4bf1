package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;
import java.util.List;

/** What a person watches while scenarios run: each lab's nodes and their phases, and result lines. */
public interface Progress {
    /** A line of its own, e.g. a scenario starting or a check's result. */
    void line(String text);

    /** A lab with these nodes is about to power on; its events follow. */
    void labStarting(String title, List<String> nodes);

    /** An event of the current lab, on the thread that recorded it. */
    void event(Event event);

    /** The current lab has closed. */
    void labDone();
}
