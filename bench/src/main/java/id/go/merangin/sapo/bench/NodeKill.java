package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The cluster's drill: a steady rush through HAProxy of phones that keep trying until they are answered (as SAPO's
 * app does, with the same Idempotency-Key), during which one node's JVM is killed with {@code kill -9}. Meanwhile
 * HAProxy's view of that node is read every few milliseconds, to tell when it stopped handing the node requests
 * and when its checks marked it DOWN.
 */
final class NodeKill {

    private static final long WATCH_MILLIS = 10;

    private final ClusterRushOptions options;
    private final Haproxy haproxy;
    private final CheckIns checkIns;

    NodeKill(ClusterRushOptions options, Haproxy haproxy, CheckIns checkIns) {
        this.options = options;
        this.haproxy = haproxy;
        this.checkIns = checkIns;
    }

    /** What the drill saw; times in epoch milliseconds, 0 for never. */
    record Outcome(
            FaultRecorder recorder,
            String node,
            long killedMillis,
            long lastHandedMillis,
            long handedAfterKill,
            long markedDownMillis,
            Haproxy.Server atKill,
            Haproxy.Server atEnd) {}

    Outcome run(Roster roster) throws InterruptedException {
        String node = "node" + options.killNode();
        long pid = options.nodePids().get(options.killNode() - 1);
        List<byte[]> photos = checkIns.photosFor(roster.asn(), "node kill");
        Instant rushStart = Instant.now();
        FaultRecorder recorder = new FaultRecorder(checkIns, rushStart);
        Watch watch = new Watch(node);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        try (PhoneClient client =
                new PhoneClient(URI.create(options.rush().baseUrl()), options.answerTimeout(), 4096)) {
            long start = System.nanoTime();
            timer.scheduleWithFixedDelay(watch::poll, 0, WATCH_MILLIS, TimeUnit.MILLISECONDS);
            timer.schedule(() -> watch.kill(pid), options.killAt(), TimeUnit.SECONDS);
            new Outbox(
                            client,
                            recorder,
                            timer,
                            options.longestWait(),
                            start + options.timeLimit().toNanos())
                    .rush(
                            roster.size(),
                            i -> checkIns.of(roster.asn().get(i), photos.get(i)),
                            options.killRate(),
                            start);
            // HAProxy's checks may still be on their way to DOWN after the last phone is answered
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (watch.markedDownMillis == 0 && System.nanoTime() < deadline) {
                Thread.sleep(WATCH_MILLIS);
            }
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
        }
        return new Outcome(
                recorder,
                node,
                watch.killedMillis,
                watch.lastHandedMillis,
                watch.atKill == null ? 0 : watch.last.sessionsTotal() - watch.atKill.sessionsTotal(),
                watch.markedDownMillis,
                watch.atKill,
                haproxy.server(Haproxy.API, node));
    }

    /** HAProxy's view of the killed node, polled on the drill's timer; the kill itself. */
    private final class Watch {

        private final String node;
        private volatile Haproxy.Server last;
        private volatile Haproxy.Server atKill;
        private volatile long killedMillis;
        private volatile long lastHandedMillis;
        private volatile long markedDownMillis;

        Watch(String node) {
            this.node = node;
        }

        void poll() {
            Haproxy.Server now;
            try {
                now = haproxy.server(Haproxy.API, node);
            } catch (UncheckedIOException e) {
                return; // HAProxy busy for a moment: the next poll reads it
            }
            long millis = System.currentTimeMillis();
            if (killedMillis > 0 && last != null) {
                if (now.sessionsTotal() > last.sessionsTotal()) {
                    lastHandedMillis = millis;
                }
                if (markedDownMillis == 0 && now.down()) {
                    markedDownMillis = millis;
                }
            }
            last = now;
        }

        void kill(long pid) {
            atKill = haproxy.server(Haproxy.API, node);
            killedMillis = System.currentTimeMillis();
            try {
                int exit = new ProcessBuilder("kill", "-9", Long.toString(pid))
                        .inheritIO()
                        .start()
                        .waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("kill -9 " + pid + " failed: " + exit);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot kill " + pid, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
