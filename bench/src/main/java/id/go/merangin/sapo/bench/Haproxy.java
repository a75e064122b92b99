package id.go.merangin.sapo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HAProxy in front of the benchmark's cluster, through its admin socket (the {@code stats socket} of
 * ops/haproxy/sapo.cfg): takes a node out of both backends and puts it back, and reads how HAProxy sees a node of the
 * API's backend (its state and counters, from {@code show stat}).
 */
final class Haproxy {

    static final String API = "sapo_api";
    private static final List<String> BACKENDS = List.of(API, "sapo_admin");

    private final Path socket;

    Haproxy(Path socket) {
        this.socket = socket;
    }

    /** One node of a backend as HAProxy sees it now. */
    record Server(
            String status,
            long sessionsTotal,
            long connectionErrors,
            long responseErrors,
            long retries,
            long redispatches) {

        boolean up() {
            return status.startsWith("UP");
        }

        boolean down() {
            return status.startsWith("DOWN");
        }
    }

    /** Sends nothing new to {@code node} (maintenance), in both backends, as {@code bin/cluster} drains one. */
    void takeOut(String node) {
        BACKENDS.forEach(backend -> command("set server " + backend + "/" + node + " state maint"));
    }

    /** Puts {@code node} back in both backends and waits until HAProxy's checks find it up again. */
    void putBack(String node, Duration timeout) throws InterruptedException {
        BACKENDS.forEach(backend -> command("set server " + backend + "/" + node + " state ready"));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!server(API, node).up()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy does not see " + node + " up again: " + server(API, node));
            }
            Thread.sleep(100);
        }
    }

    /** {@code node} of {@code backend}, from {@code show stat}. */
    Server server(String backend, String node) {
        List<String> lines = command("show stat").lines().toList();
        Map<String, Integer> columns = new HashMap<>();
        String[] header = lines.get(0).replaceFirst("^# ", "").split(",", -1);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i], i);
        }
        String[] row = lines.stream()
                .map(line -> line.split(",", -1))
                .filter(fields -> fields.length > 1 && fields[0].equals(backend) && fields[1].equals(node))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "HAProxy has no server " + backend + "/" + node + ": " + Arrays.toString(header)));
        return new Server(
                row[columns.get("status")],
                number(row, columns, "stot"),
                number(row, columns, "econ"),
                number(row, columns, "eresp"),
                number(row, columns, "wretr"),
                number(row, columns, "wredis"));
    }

    private static long number(String[] row, Map<String, Integer> columns, String column) {
        String value = row[columns.get(column)];
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    /** One command on the admin socket, and HAProxy's whole answer (it closes the connection after it). */
    private String command(String command) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(16384);
            while (channel.read(in) >= 0) {
                answer.write(in.array(), 0, in.position());
                in.clear();
            }
            return answer.toString(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy's admin socket " + socket + ": " + command, e);
        }
    }
}
