package dev.esp32ppp.steps;

/** How one check of a scenario came out, with the reason when it failed. */
public record CheckResult(String name, boolean passed, String reason) {
    public static CheckResult pass(String name) {
        return new CheckResult(name, true, "");
    }

    /** A pass that shows what it saw, e.g. the log lines a golden file matched; printed under the PASS line. */
    public static CheckResult pass(String name, String shown) {
        return new CheckResult(name, true, shown);
    }

    public static CheckResult fail(String name, String reason) {
        return new CheckResult(name, false, reason);
    }
}
