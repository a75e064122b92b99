package id.go.merangin.sapo.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one cluster run does ({@code bench/run --nodes=N} passes the arguments on): the morning rush's options, which
 * apply to each node count alike, and the kill drill's.
 *
 * @param rush the rush's options; its base URL is HAProxy's
 * @param nodePids the nodes' JVMs, node 1 first: their CPU is counted together, and the drill kills one of them
 * @param haproxySocket HAProxy's admin socket, through which nodes are taken out and their state is read
 * @param killNode the node killed with {@code kill -9} in the drill (1 to N)
 * @param killRate the drill's check-ins per second, a steady open-loop rush over the prepared ASN
 * @param killRushSeconds how long new phones keep arriving in the drill
 * @param killAt seconds from the drill's start to the kill
 * @param timeLimit from the drill's start: a phone without a final answer by then gives up, and is reported
 * @param answerTimeout how long a phone waits for an answer before it counts the attempt as failed and retries
 * @param longestWait the longest a phone waits for what Retry-After asks
 */
public record ClusterRushOptions(
        BenchOptions rush,
        List<Long> nodePids,
        Path haproxySocket,
        int killNode,
        double killRate,
        int killRushSeconds,
        int killAt,
        Duration timeLimit,
        Duration answerTimeout,
        Duration longestWait) {

    /** Reads {@code --name=value} arguments over the defaults. */
    public static ClusterRushOptions parse(String[] args) {
        BenchOptions.Values values = BenchOptions.Values.of(args);
        ClusterRushOptions options = new ClusterRushOptions(
                BenchOptions.from(values),
                Arrays.stream(values.text("node-pids", "").split(","))
                        .map(String::strip)
                        .map(Long::valueOf)
                        .toList(),
                Path.of(values.text("haproxy-socket", "bench/target/cluster/haproxy.sock")),
                values.integer("kill-node", 1),
                Double.parseDouble(values.text("kill-rate", "200")),
                values.integer("kill-rush-seconds", 30),
                values.integer("kill-at", 10),
                Duration.ofSeconds(values.integer("time-limit", 180)),
                Duration.ofSeconds(values.integer("answer-timeout", 30)),
                Duration.ofSeconds(values.integer("longest-wait", 30)));
        values.requireAllRead();
        if (options.nodePids.size() < 2) {
            throw new IllegalArgumentException("a cluster run needs the pids of two nodes or more: --node-pids=");
        }
        if (options.killNode < 1 || options.killNode > options.nodePids.size()) {
            throw new IllegalArgumentException("--kill-node is a node from 1 to " + options.nodePids.size());
        }
        return options;
    }

    /** The cluster's nodes, as HAProxy names them. */
    int nodes() {
        return nodePids.size();
    }

    /** The ASN of the kill drill: as many as arrive in it, at most every prepared one. */
    int killAsn(int prepared) {
        return (int) Math.min(prepared, Math.round(killRate * killRushSeconds));
    }
}
