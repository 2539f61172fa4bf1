package dev.esp32ppp;

/**
 * The one resource lock of test classes that write or read target/harness-report (a run's report,
 * the latest link, the folder's listing): classes holding it run one at a time.
 */
public final class ReportFolderLock {
    public static final String NAME = "target/harness-report";

    private ReportFolderLock() {
    }
}
