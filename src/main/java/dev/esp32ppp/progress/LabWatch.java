package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;

/** One running lab as progress follows it: its events come in, and it is told when the lab has closed. */
public interface LabWatch {
    /** An event of the lab, on the thread that recorded it. */
    void event(Event event);

    /** The lab has closed; its lines go. */
    void done();
}
