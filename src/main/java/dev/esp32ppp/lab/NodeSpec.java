package dev.esp32ppp.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a lab, before it runs; built with named steps from {@link #of}, each giving a new
 * spec: {@code NodeSpec.of("router", NodeRole.ROUTER).on(LabNetwork.LAN, address).withSysctl(...)}.
 *
 * @param name unique in the lab, e.g. {@code saxonsoc}
 * @param role what it is: its image, its UARTs, where its shell runs
 * @param attachments its interfaces on lab networks; none for a board with only a UART
 * @param files host files or folders copied into the container before it starts (host path to
 *              container path), in this order
 * @param bootSeconds the board's boot time at time scale 1 (0 for nodes without one)
 * @param env environment of the node's entry script
 * @param sysctls kernel settings of the node's network namespace
 */
public record NodeSpec(String name, NodeRole role, List<Attachment> attachments, Map<Path, String> files,
                       double bootSeconds, Map<String, String> env, Map<String, String> sysctls) {
    public NodeSpec {
        attachments = List.copyOf(attachments);
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        sysctls = Collections.unmodifiableMap(new LinkedHashMap<>(sysctls));
    }

    /** A node of the role, on no network, with nothing copied in, booting at once. */
    public static NodeSpec of(String name, NodeRole role) {
        return new NodeSpec(name, role, List.of(), Map.of(), 0, Map.of(), Map.of());
    }

    /** The node on a lab network at a fixed address; its first network is the one its container is created on. */
    public NodeSpec on(LabNetwork network, String address) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(new Attachment(network, address));
        return new NodeSpec(name, role, more, files, bootSeconds, env, sysctls);
    }

    /** The node with a host file or folder copied to {@code inContainer} (after the ones before it). */
    public NodeSpec withFile(Path host, String inContainer) {
        return new NodeSpec(name, role, attachments, with(files, host, inContainer), bootSeconds, env, sysctls);
    }

    /** The board booting in this many seconds at time scale 1. */
    public NodeSpec bootingIn(double seconds) {
        return new NodeSpec(name, role, attachments, files, seconds, env, sysctls);
    }

    public NodeSpec withEnv(String key, String value) {
        return new NodeSpec(name, role, attachments, files, bootSeconds, with(env, key, value), sysctls);
    }

    public NodeSpec withSysctl(String key, String value) {
        return new NodeSpec(name, role, attachments, files, bootSeconds, env, with(sysctls, key, value));
    }

    private static <K> Map<K, String> with(Map<K, String> map, K key, String value) {
        Map<K, String> more = new LinkedHashMap<>(map);
        more.put(key, value);
        return more;
    }
}
