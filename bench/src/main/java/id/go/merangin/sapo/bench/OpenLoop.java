package id.go.merangin.sapo.bench;

import java.util.List;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends check-ins at a fixed arrival rate whatever the server does: request i is due at start + i/rate, and its
 * latency counts from then, so requests that the server (or the sender) held up are charged for the wait. Every
 * {@code retryEvery}-th check-in is sent twice at once with the same Idempotency-Key, as a phone does that retries.
 */
public final class OpenLoop {

    private static final int MAX_IN_FLIGHT = 8192;

    private final PhoneClient client;
    private final CheckIns checkIns;

    public OpenLoop(PhoneClient client, CheckIns checkIns) {
        this.client = client;
        this.checkIns = checkIns;
    }

    /**
     * Sends one check-in for each of {@code asn} (with the selfie of the same index in {@code photos}) at
     * {@code rate} per second and waits for every answer.
     */
    public PhaseRecorder run(List<Asn> asn, List<byte[]> photos, double rate, int retryEvery)
            throws InterruptedException {
        PhaseRecorder recorder = new PhaseRecorder(checkIns);
        long connections = client.connectionsOpened();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        Phaser pending = new Phaser(1);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < asn.size(); i++) {
            long intended = start + (long) (i * 1e9 / rate);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            CheckIns.CheckIn call = checkIns.of(asn.get(i), photos.get(i));
            send(call, false, intended, recorder, inFlight, pending);
            if (retryEvery > 0 && i % retryEvery == retryEvery / 2) {
                send(call, true, intended, recorder, inFlight, pending);
            }
        }
        pending.arriveAndAwaitAdvance();
        recorder.connectionsOpened(client.connectionsOpened() - connections);
        return recorder;
    }

    private void send(
            CheckIns.CheckIn call,
            boolean retry,
            long intended,
            PhaseRecorder recorder,
            Semaphore inFlight,
            Phaser pending)
            throws InterruptedException {
        inFlight.acquire();
        pending.register();
        client.send(call.post()).whenComplete((response, failure) -> {
            recorder.record(call, retry, intended, response, failure);
            inFlight.release();
            pending.arriveAndDeregister();
        });
    }
}
