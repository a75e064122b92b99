package id.go.merangin.sapo.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends check-ins as fast as the server answers them: a fixed number of phones, each sending its next check-in as
 * soon as the previous one is answered. What the server accepts per second here is its saturation throughput.
 */
public final class ClosedLoop {

    private final PhoneClient client;
    private final CheckIns checkIns;

    public ClosedLoop(PhoneClient client, CheckIns checkIns) {
        this.client = client;
        this.checkIns = checkIns;
    }

    /**
     * One check-in for each of {@code asn} (with the selfie of the same index in {@code photos}),
     * {@code concurrency} at a time; returns when all are answered.
     */
    public PhaseRecorder run(List<Asn> asn, List<byte[]> photos, int concurrency) throws InterruptedException {
        PhaseRecorder recorder = new PhaseRecorder(checkIns);
        long connections = client.connectionsOpened();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch lanesDone = new CountDownLatch(concurrency);
        for (int lane = 0; lane < concurrency; lane++) {
            sendNext(photos, asn, next, recorder, lanesDone);
        }
        lanesDone.await();
        recorder.connectionsOpened(client.connectionsOpened() - connections);
        return recorder;
    }

    private void sendNext(
            List<byte[]> photos, List<Asn> asn, AtomicInteger next, PhaseRecorder recorder, CountDownLatch lanesDone) {
        int i = next.getAndIncrement();
        if (i >= asn.size()) {
            lanesDone.countDown();
            return;
        }
        CheckIns.CheckIn call = checkIns.of(asn.get(i), photos.get(i));
        long sent = System.nanoTime();
        client.send(call.post()).whenComplete((response, failure) -> {
            recorder.record(call, false, sent, response, failure);
            sendNext(photos, asn, next, recorder, lanesDone);
        });
    }
}
