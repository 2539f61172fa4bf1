package dev.esp32ppp.api;

/**
 * A check's verdict.
 *
 * @param name the check's name
 * @param passed whether it passed
 * @param reason why it failed, or what it showed when it passed; may be empty
 */
public record CheckOutcome(String name, boolean passed, String reason) {
}
