package id.go.merangin.sapo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    @Test
    void admitsUpToTheLimitAtOnce() {
        AdmissionGate gate = new AdmissionGate(2, 0, 0);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isFalse();
    }

    @Test
    void aWaiterGetsInWhenAHolderLeaves() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, 1, 5000);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(gate::enter);
        Thread.sleep(100);
        gate.leave();
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWaiterGivesUpAfterTheLongestWait() {
        AdmissionGate gate = new AdmissionGate(1, 1, 50);
        assertThat(gate.enter()).isTrue();
        long start = System.nanoTime();
        assertThat(gate.enter()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(40L, 2000L);
    }

    @Test
    void turnsAwayAtOnceWhenTheQueueIsFull() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, 1, 5000);
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(gate::enter);
        Thread.sleep(100);
        long start = System.nanoTime();
        assertThat(gate.enter()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000L);
        gate.leave();
        assertThat(queued.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void countsTheRunningAndTheWaiting() throws Exception {
        AdmissionGate gate = new AdmissionGate(2, 4, 5000);
        assertThat(gate.running()).isZero();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.running()).isEqualTo(2);
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(gate::enter);
        Thread.sleep(100);
        assertThat(gate.waiting()).isEqualTo(1);
        gate.leave();
        assertThat(queued.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.waiting()).isZero();
        assertThat(gate.running()).isEqualTo(2);
        gate.leave();
        gate.leave();
        assertThat(gate.running()).isZero();
    }
}
