package dev.esp32ppp.events;

/** What code reads of an event beyond its text, typed, so that nobody parses the text back. */
public sealed interface EventData permits Frame, PppWindow, PppdStart, StackReady, PppdKernel {
}
