package dev.esp32ppp.cli;

import dev.esp32ppp.lab.LabException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which share of a run this machine does: shard {@code index} of {@code total}, counted from 1,
 * as {@code --shard K/N} gives it or, with {@code --shard auto}, GitLab's parallel jobs
 * ({@code CI_NODE_INDEX} of {@code CI_NODE_TOTAL}).
 */
record Shard(int index, int total) {
    static final String INDEX_VARIABLE = "CI_NODE_INDEX";
    static final String TOTAL_VARIABLE = "CI_NODE_TOTAL";
    private static final Pattern K_OF_N = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    /**
     * @param text {@code K/N} or {@code auto}
     * @param environment where {@code auto} reads the CI system's variables
     * @throws LabException saying what is wrong, e.g. a shard beyond the count
     */
    static Shard parse(String text, Map<String, String> environment) {
        if (text.equals("auto")) {
            String index = environment.get(INDEX_VARIABLE);
            String total = environment.get(TOTAL_VARIABLE);
            if (index == null || total == null) {
                throw new LabException("--shard auto needs " + INDEX_VARIABLE + " and " + TOTAL_VARIABLE
                        + " (GitLab's parallel jobs set them); elsewhere give --shard K/N, e.g. --shard 1/4");
            }
            return of(index + "/" + total, INDEX_VARIABLE + "/" + TOTAL_VARIABLE + " ");
        }
        return of(text, "--shard ");
    }

    private static Shard of(String text, String from) {
        Matcher m = K_OF_N.matcher(text);
        if (!m.matches()) {
            throw new LabException(from + "'" + text + "' is not K/N: give this machine's shard and the number of "
                    + "shards, e.g. --shard 1/4, or --shard auto");
        }
        int index = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        if (total < 1 || index < 1 || index > total) {
            throw new LabException(from + text + ": the shard must be from 1 to the number of shards (at least 1), "
                    + "e.g. 1/4 to 4/4");
        }
        return new Shard(index, total);
    }

    @Override
    public String toString() {
        return index + "/" + total;
    }
}
