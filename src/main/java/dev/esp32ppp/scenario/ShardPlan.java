package dev.esp32ppp.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's scenarios dealt out to shards of about equal recorded duration: the longest first, each
 * to the shard with the fewest seconds so far (ties: the lower shard; equal scenarios: by name),
 * so every machine computes the same plan. A scenario and the one it shows beside itself go to
 * the same shard, whose runner runs their labs once for both.
 *
 * @param shards each shard's scenarios in the run's order, shard 1 first
 * @param seconds each shard's expected seconds
 */
public record ShardPlan(List<List<Scenario>> shards, List<Double> seconds) {
    public ShardPlan {
        shards = shards.stream().map(List::copyOf).toList();
        seconds = List.copyOf(seconds);
    }

    /** @param count the number of shards, at least 1 */
    public static ShardPlan of(List<Scenario> scenarios, int count, ScenarioDurations durations) {
        List<Group> groups = groups(scenarios, durations);
        groups.sort(Comparator.comparingDouble(Group::seconds).reversed().thenComparing(Group::name));
        double[] load = new double[count];
        Map<Scenario, Integer> shardOf = new IdentityHashMap<>();
        for (Group group : groups) {
            int least = 0;
            for (int i = 1; i < count; i++) {
                least = load[i] < load[least] ? i : least;
            }
            load[least] += group.seconds();
            for (Scenario s : group.members()) {
                shardOf.put(s, least);
            }
        }
        List<List<Scenario>> shards = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int shard = i;
            shards.add(scenarios.stream().filter(s -> shardOf.get(s) == shard).toList());
            seconds.add(load[i]);
        }
        return new ShardPlan(shards, seconds);
    }

    /** The scenarios of shard {@code index}, counted from 1. */
    public List<Scenario> shard(int index) {
        return shards.get(index - 1);
    }

    /** Scenarios that must share a shard: one and those shown beside it (or beside which it is shown). */
    private record Group(String name, List<Scenario> members, double seconds) {
    }

    private static List<Group> groups(List<Scenario> scenarios, ScenarioDurations durations) {
        Map<Path, Path> root = new HashMap<>();
        scenarios.forEach(s -> root.put(key(s), key(s)));
        for (Scenario s : scenarios) {
            if (s.sideBySide() != null && root.containsKey(key(s.sideBySide()))) {
                root.put(rootOf(root, key(s.sideBySide())), rootOf(root, key(s)));
            }
        }
        Map<Path, List<Scenario>> members = new LinkedHashMap<>();
        scenarios.forEach(s -> members.computeIfAbsent(rootOf(root, key(s)), k -> new ArrayList<>()).add(s));
        return new ArrayList<>(members.values().stream().map(m -> new Group(
                m.stream().map(Scenario::name).min(Comparator.naturalOrder()).orElseThrow(), m,
                seconds(m, durations))).toList());
    }

    /**
     * The seconds of every lab the members run: each one's own and the one it shows beside it,
     * once each, as a runner runs a scenario once however often it is asked for.
     */
    private static double seconds(List<Scenario> members, ScenarioDurations durations) {
        Map<Path, String> labs = new HashMap<>();
        for (Scenario s : members) {
            labs.put(key(s), s.name());
            if (s.sideBySide() != null) {
                labs.put(key(s.sideBySide()), s.sideBySide().name());
            }
        }
        return labs.values().stream().mapToDouble(durations::of).sum();
    }

    private static Path rootOf(Map<Path, Path> root, Path file) {
        Path at = file;
        while (!root.get(at).equals(at)) {
            at = root.get(at);
        }
        return at;
    }

    private static Path key(Scenario s) {
        return s.file().toAbsolutePath().normalize();
    }
}
