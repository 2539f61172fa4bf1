package dev.esp32ppp.lab;

/** A node's interface on a lab network, at a fixed address. */
public record Attachment(LabNetwork network, String address) {
}
